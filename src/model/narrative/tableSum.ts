import { getCell } from '../cellAccess.ts';
import { cellByPath } from '../cellCatalog.ts';
import { cellNumber } from '../cellValue.ts';
import type { Report } from '../reportSchema.ts';
import type { CellPath } from '../../template/cellPathType.ts';

/** The sum of the cells, or undefined while any of them is blank or invalid (nothing to compare yet). */
export function tableSum(report: Report, cells: readonly CellPath[]): number | undefined {
  let sum = 0;
  for (const path of cells) {
    const value = cellNumber(getCell(report, path), cellByPath.get(path)?.valueKind ?? 'count');
    if (value === undefined) return undefined;
    // The fee is the one decimal cell and is never added to anything: returned as written, not rounded.
    if (cells.length === 1) return value;
    sum += value;
  }
  return sum;
}
