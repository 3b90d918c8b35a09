import { getCell } from '../../model/cellAccess.ts';
import { fillTotals } from '../../model/fillTotals.ts';
import { totalOffer } from '../../model/totalOffer.ts';
import type { GridContext } from './gridContext.ts';
import { focusCell } from './gridFocus.ts';
import { runStep } from './gridWrites.ts';
import type { CellPath } from '../../template/cellPathType.ts';

/** Writes a total cell's parts' sum (Alt+= or 填入 N): one undo step, the keyboard in the cell. */
export function fillTotal(grid: GridContext, path: CellPath): void {
  grid.typed.flush();
  const value = totalOffer(path, grid.valueOf);
  if (value === undefined) return;
  runStep(grid, [{ path, value }]);
  grid.status.set(null);
  focusCell(grid, path);
}

/** Writes the figure a suspect should hold (改为 N): one undo step, the keyboard stays in the cell. */
export function fixCell(grid: GridContext, path: CellPath, value: number): void {
  grid.typed.flush();
  if (Object.is(grid.valueOf(path), value)) return;
  runStep(grid, [{ path, value }]);
  grid.status.set({ kind: 'info', text: `已改为 ${value}（Ctrl+Z 可撤销）。` });
  focusCell(grid, path);
}

/** 填入全部合计: every total of the table whose parts are all numbers, as one undo step. */
export function fillAllTotals(grid: GridContext): void {
  grid.typed.flush();
  const report = grid.form.getReport();
  const filled = fillTotals(report);
  const writes = grid.cells
    .filter((path) => !Object.is(getCell(report, path), getCell(filled, path)))
    .map((path) => ({ path, value: getCell(filled, path) }));
  if (writes.length === 0) {
    grid.status.set({ kind: 'info', text: '没有可以填入的合计：合计都已正确，或其各项还没有全部填上数字。' });
    return;
  }
  const replaced = writes.filter((w) => getCell(report, w.path) !== null).length;
  runStep(grid, writes);
  const note = replaced > 0 ? `，其中 ${replaced} 格原有的数字被替换` : '';
  grid.status.set({ kind: 'info', text: `已填入 ${writes.length} 个合计${note}（Ctrl+Z 可撤销）。` });
}
