import { cellCatalog } from '../../src/model/cellCatalog.ts';
import type { CellValue } from '../../src/model/cellValue.ts';

// The figures written into tests/fixtures/import/* (all four 2021-format fixtures carry the same tables).
const requestRows: Readonly<Record<string, readonly number[]>> = {
  received: [9, 3, 0, 1, 0, 0, 13],
  carriedOver: [1, 0, 0, 0, 0, 0, 1],
  disclosed: [4, 1, 0, 0, 0, 0, 5],
  partlyDisclosed: [1, 0, 0, 0, 0, 0, 1],
  'declined.thirdPartyRights': [1, 0, 0, 0, 0, 0, 1],
  'declined.processInformation': [0, 1, 0, 0, 0, 0, 1],
  'unavailable.notHeld': [2, 1, 0, 1, 0, 0, 4],
  'notProcessed.repeated': [1, 0, 0, 0, 0, 0, 1],
  resultsTotal: [9, 3, 0, 1, 0, 0, 13],
  carriedForward: [1, 0, 0, 0, 0, 0, 1],
};
const columns = ['natural', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total'];

const named: Readonly<Record<string, number>> = {
  'tables.active.normativeDocuments.issued': 3,
  'tables.active.normativeDocuments.repealed': 1,
  'tables.active.normativeDocuments.inForce': 12,
  'tables.active.licensing.decisions': 215,
  'tables.active.punishment.decisions': 48,
  'tables.active.coercion.decisions': 2,
  'tables.active.fees.amount': 3.6,
  'tables.appeals.review.upheld': 1,
  'tables.appeals.review.total': 1,
  'tables.appeals.suitDirect.pending': 1,
  'tables.appeals.suitDirect.total': 1,
  ...Object.fromEntries(Object.entries(requestRows).flatMap(([row, figures]) =>
    columns.map((column, i) => [`tables.requests.${row}.${column}`, figures[i] ?? 0]))),
};

/** All 200 cells as the fixtures print them: every cell not named above is 0. */
export const fixtureFigures: Readonly<Record<string, CellValue>> = Object.fromEntries(
  cellCatalog.map((cell) => [cell.path, named[cell.path] ?? 0]),
);
