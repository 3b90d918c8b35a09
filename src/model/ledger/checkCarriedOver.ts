import { knownCell, rowLabelOf } from '../cellCatalog.ts';
import type { LedgerCount } from './countLedger.ts';
import { applicantColumns, requestCellPath } from './ledgerRows.ts';

/** Last year's 四、结转下年度继续办理 by applicant column (null: blank). */
export type LastYearCarriedForward = Readonly<Record<string, number | null | undefined>>;

/**
 * 二、上年结转 counted from the lines received before the year, against last year's report: one message per
 * column that differs (lines of last year missing from the ledger, or counted twice).
 */
export function checkCarriedOver(count: Pick<LedgerCount, 'cells' | 'year'>, lastYear: LastYearCarriedForward): string[] {
  return applicantColumns.flatMap((column) => {
    const expected = lastYear[column.key];
    const counted = count.cells[requestCellPath('carriedOver', column.key)] ?? 0;
    if (typeof expected !== 'number' || expected === counted) return [];
    const carriedOver = knownCell(requestCellPath('carriedOver', column.key)).rowName;
    const carriedForward = rowLabelOf(requestCellPath('carriedForward', column.key));
    return [`${carriedOver} ${column.label}：台账中 ${count.year - 1} 年及以前收到、计入本年的有 ${counted} 件，${count.year - 1} 年度报告的“${carriedForward}”为 ${expected} 件；请核对台账是否漏记或多记了上年的申请。`];
  });
}
