import { getCell, setCell } from './cellAccess.ts';
import { cellNumber } from './cellValue.ts';
import { contactFromText } from './contactFromText.ts';
import { emptyReport } from './emptyReport.ts';
import { carriedForwardColumns } from './lastYearColumns.ts';
import type { LastYear } from './lastYearSchema.ts';
import { overviewText } from './overviewText.ts';
import type { Report, ReportMeta } from './reportSchema.ts';
import type { CellPath, RequestsColumn } from '../template/cellPathType.ts';
import { documentRows } from '../template/reportRules.ts';

// Settings of the agency that stay from year to year; dates and the deadline do not.
const carriedMeta = ['contact', 'address', 'phone', 'website', 'canMakeRegulations', 'agencyLevel', 'fontProfile'] as const satisfies readonly (keyof ReportMeta)[];

const carriedOverCell = (column: RequestsColumn): CellPath => `tables.requests.carriedOver.${column}`;
const numberAt = (report: Report, path: CellPath) => cellNumber(getCell(report, path), 'count') ?? null;

/** What the next draft keeps of last year's report for the cross-year checks and for reference. */
export function lastYearOf(last: Report): LastYear {
  return {
    year: last.meta.year,
    carriedForward: Object.fromEntries(carriedForwardColumns.map((column) => [column, numberAt(last, `tables.requests.carriedForward.${column}`)])),
    inForce: Object.fromEntries(documentRows.map((row) => [row, numberAt(last, `tables.active.${row}.inForce`)])),
    text: {
      preamble: last.text.preamble,
      overview: overviewText(last.text.overview),
      problems: last.text.problems,
      other: last.text.other,
    },
  };
}

/**
 * A new draft for the following year built on last year's report: agency, kind and contact carried
 * over (phone, website, contact and address also from last year's text where its 基本信息 had none); 二、上年结转 filled per column from last year's 四、结转下年度继续办理; last year's figures and
 * text kept in meta.lastYear (shown beside each part, never copied into this year's text).
 */
export function nextYearReport(last: Report): Report {
  const draft = emptyReport({ year: last.meta.year + 1, agency: last.meta.agency, agencyKind: last.meta.agencyKind ?? 'department' });
  const kept = Object.fromEntries(carriedMeta.flatMap((key) => (last.meta[key] === undefined ? [] : [[key, last.meta[key]]])));
  // Phone, website, contact and address stated only in last year's text fill the fields that are empty.
  for (const [key, value] of Object.entries(contactFromText(last))) {
    const own = last.meta[key as keyof ReportMeta];
    if (value !== undefined && (typeof own !== 'string' || own.trim() === '')) kept[key] = value;
  }
  const withMeta: Report = { ...draft, meta: { ...draft.meta, ...kept, lastYear: lastYearOf(last) } };
  return carriedForwardColumns.reduce(
    (report, column) => setCell(report, carriedOverCell(column), numberAt(last, `tables.requests.carriedForward.${column}`)),
    withMeta,
  );
}
