import type { ClipboardEvent } from 'react';
import { cellEvent, editingIn } from './editSession.ts';
import { flashCells } from './flashCells.ts';
import type { GridContext } from './gridContext.ts';
import { selectLater } from './gridFocus.ts';
import { runStep } from './gridWrites.ts';
import { parsePaste } from './parsePaste.ts';
import { withoutLabels } from './pasteLabels.ts';
import { planPaste } from './planPaste.ts';
import type { CellPath } from '../../template/cellPathType.ts';

/**
 * A paste into a cell: an Excel / WPS block or a web page's row fills from the cell right and down, as one
 * undo step, without the header rows and row labels copied with it; a block that does not fit is refused
 * whole, with the reason in the status line.
 */
export function pasteInto(grid: GridContext, event: ClipboardEvent<HTMLInputElement>, path: CellPath): void {
  grid.typed.flush();
  const text = event.clipboardData.getData('text/plain');
  const { rows, headerRows, labelColumns } = withoutLabels(parsePaste(text));
  const single = rows.length === 1 && rows[0]?.length === 1 && headerRows + labelColumns === 0;
  // One value pasted into a cell being edited goes in at the caret, like any text.
  if (single && editingIn(grid.session, path)) return;
  event.preventDefault();
  const plan = planPaste(grid.nav, path, rows);
  if (!plan.ok) {
    grid.status.set({ kind: 'refused', text: plan.message });
    return;
  }
  runStep(grid, plan.writes);
  if (!single) flashCells(plan.writes.map((write) => grid.inputs.get(write.path)));
  const skipped = [headerRows > 0 ? `表头 ${headerRows} 行` : '', labelColumns > 0 ? `行标题 ${labelColumns} 列` : ''].filter(Boolean).join('、');
  const note = skipped ? `，略去了复制进来的${skipped}` : '';
  grid.status.set(single ? null : { kind: 'info', text: `已粘贴 ${plan.writes.length} 格${note}（Ctrl+Z 可撤销）。` });
  cellEvent(grid.session, 'reselect', path);
  selectLater(grid, path);
}
