import { describe, expect, it } from 'vitest';
import { cellCatalog, isCellPath } from '../../src/model/cellCatalog.ts';
import type { ReportPath } from '../../src/model/finding.ts';
import { isReportPath } from '../../src/model/isReportPath.ts';
import type {
  ActiveColumn, ActiveRow, AppealsColumn, AppealsGroup, CellPath, RequestsColumn, RequestsRow, TableCellPath,
} from '../../src/template/cellPathType.ts';

// The cells of spec/report-format.md §1.1–1.3, written out here as the spec gives them, in printed order.
const activeCells = [
  'regulations.issued', 'regulations.repealed', 'regulations.inForce',
  'normativeDocuments.issued', 'normativeDocuments.repealed', 'normativeDocuments.inForce',
  'licensing.decisions', 'punishment.decisions', 'coercion.decisions', 'fees.amount',
] as const;
const requestsRows = [
  'received', 'carriedOver', 'disclosed', 'partlyDisclosed',
  'declined.stateSecret', 'declined.prohibitedByLaw', 'declined.endangersSafety', 'declined.thirdPartyRights',
  'declined.internalAffairs', 'declined.processInformation', 'declined.enforcementFiles', 'declined.administrativeQuery',
  'unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.stillUnclear',
  'notProcessed.petitionOrComplaint', 'notProcessed.repeated', 'notProcessed.publication', 'notProcessed.excessive', 'notProcessed.confirmation',
  'otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other',
  'resultsTotal', 'carriedForward',
] as const;
const requestsColumns = ['natural', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total'] as const;
const appealsGroups = ['review', 'suitDirect', 'suitAfterReview'] as const;
const appealsColumns = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

// Type-level equality (true only when each type is assignable to the other, unions included).
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const assertType = <T extends true>(): T | undefined => undefined;

const specPaths: readonly CellPath[] = [
  ...activeCells.map((cell): CellPath => `tables.active.${cell}`),
  ...requestsRows.flatMap((row) => requestsColumns.map((column): CellPath => `tables.requests.${row}.${column}`)),
  ...appealsGroups.flatMap((group) => appealsColumns.map((column): CellPath => `tables.appeals.${group}.${column}`)),
];

describe('CellPath, the cell paths derived from the template as a type', () => {
  it('is exactly the spec\'s cells, no more and no fewer (checked by tsc)', () => {
    assertType<Equal<TableCellPath<'active'>, `tables.active.${(typeof activeCells)[number]}`>>();
    assertType<Equal<RequestsRow, (typeof requestsRows)[number]>>();
    assertType<Equal<RequestsColumn, (typeof requestsColumns)[number]>>();
    assertType<Equal<AppealsGroup, (typeof appealsGroups)[number]>>();
    assertType<Equal<AppealsColumn, (typeof appealsColumns)[number]>>();
    assertType<Equal<ActiveRow, 'regulations' | 'normativeDocuments' | 'licensing' | 'punishment' | 'coercion' | 'fees'>>();
    assertType<Equal<ActiveColumn<'regulations'>, 'issued' | 'repealed' | 'inForce'>>();
    assertType<Equal<ActiveColumn<'fees'>, 'amount'>>();
    assertType<Equal<CellPath, TableCellPath<'active'> | `tables.requests.${RequestsRow}.${RequestsColumn}` | `tables.appeals.${AppealsGroup}.${AppealsColumn}`>>();
    expect(specPaths).toHaveLength(200);
  });

  it('does not compile a misspelt path, and the catalog\'s guard rejects it at run time', () => {
    const misspelt: CellPath[] = [
      // @ts-expect-error a misspelt row
      'tables.requests.recieved.total',
      // @ts-expect-error a column in the wrong case
      'tables.requests.received.Total',
      // @ts-expect-error a group of rows is not a row: 三（三） has no cells of its own
      'tables.requests.declined.total',
      // @ts-expect-error a row without its column
      'tables.requests.declined.stateSecret',
      // @ts-expect-error a column of another block of table 二
      'tables.active.licensing.issued',
      // @ts-expect-error a group of table 四 without its column
      'tables.appeals.review',
      // @ts-expect-error a column of table 四 in table 三
      'tables.requests.received.upheld',
      // @ts-expect-error the table missing
      'requests.received.total',
      // @ts-expect-error a trailing dot
      'tables.requests.received.total.',
    ];
    expect(misspelt).toHaveLength(9);
    expect(misspelt.filter((path) => isCellPath(path))).toEqual([]);
    for (const path of ['', ' tables.requests.received.total', 'tables.requests.received.total.natural', 'tables.active.fees', 'constructor', '__proto__']) {
      expect(isCellPath(path), path).toBe(false);
    }
  });

  it('the helper types reject keys of another table or block (checked by tsc)', () => {
    const columns: ActiveColumn<'licensing'>[] = [
      'decisions',
      // @ts-expect-error 行政许可 has only 本年处理决定数量
      'issued',
    ];
    const rows: RequestsRow[] = [
      'declined.stateSecret',
      // @ts-expect-error a leaf key without its group
      'stateSecret',
    ];
    expect([...columns, ...rows]).toHaveLength(4);
  });

  it('is what the catalog builds from the template at run time: the same 200 paths in printed order', () => {
    expect(cellCatalog.map((cell) => cell.path)).toEqual(specPaths);
    expect(cellCatalog.every((cell) => isCellPath(cell.path))).toBe(true);
  });
});

describe('isReportPath, for paths read from outside (an assessment\'s evidence)', () => {
  it('accepts a cell, a narrative field, a meta field and a whole table', () => {
    const places: ReportPath[] = ['tables.requests.received.total', 'text.other', 'text.overview.sections.0.body', 'meta.agency', 'tables.appeals'];
    expect(places.filter((place) => !isReportPath(place))).toEqual([]);
  });

  it('rejects anything else', () => {
    for (const path of ['', 'tables.request', 'tables.requests.received', 'tables.constructor', 'tables.__proto__', 'table.requests.received.total', 'other', 'textother']) {
      expect(isReportPath(path), path).toBe(false);
    }
  });
});
