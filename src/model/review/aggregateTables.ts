import { cellCatalog } from '../cellCatalog.ts';
import { getCell, setCell } from '../cellAccess.ts';
import { cellNumber } from '../cellValue.ts';
import { emptyReport } from '../emptyReport.ts';
import type { Report } from '../reportSchema.ts';
import { decimalSum } from './decimalSum.ts';

export type Aggregate = {
  /** A report whose tables hold the sum of every report's cells (blank where no report has a figure). */
  readonly report: Report;
  /** How many reports had a blank or invalid figure in each cell left out of the sum (only cells with some). */
  readonly missing: Readonly<Record<string, number>>;
};

/** 汇总: the tables 二/三/四 of all reports added cell by cell (the fee as an exact decimal). */
export function aggregateTables(reports: readonly Report[], year: number, agency = '汇总'): Aggregate {
  const missing: Record<string, number> = {};
  let total = emptyReport({ year, agency });
  for (const cell of cellCatalog) {
    const values: number[] = [];
    for (const report of reports) {
      const value = cellNumber(getCell(report, cell.path), cell.valueKind);
      if (value === undefined) missing[cell.path] = (missing[cell.path] ?? 0) + 1;
      else values.push(value);
    }
    if (values.length === 0) continue;
    const sum = cell.valueKind === 'amount' ? decimalSum(values) : values.reduce((a, b) => a + b, 0);
    total = setCell(total, cell.path, sum);
  }
  return { report: total, missing };
}
