import type { Report } from '../reportSchema.ts';
import { setCell } from '../cellAccess.ts';
import type { LedgerCount } from './countLedger.ts';

/** The report with table 三 replaced by the counted table (every one of its 175 cells); nothing else changes. */
export function applyLedgerCount(report: Report, count: Pick<LedgerCount, 'cells'>): Report {
  return Object.entries(count.cells).reduce((next, [path, value]) => setCell(next, path, value), report);
}
