import { describeStep } from './describeStep.ts';
import { inCell } from './editSession.ts';
import { redoStep, undoStep, type EditHistory, type EditStep } from './editHistory.ts';
import type { GridContext } from './gridContext.ts';
import { focusCell, selectLater } from './gridFocus.ts';
import { applyStep, recordTyping } from './gridWrites.ts';

// Undo or redo: apply one side of a step, say what it did, and put the keyboard on its first cell.
function travel(grid: GridContext, moved: { history: EditHistory; step: EditStep }, side: 'before' | 'after'): void {
  grid.history.current = moved.history;
  applyStep(grid, moved.step, side);
  grid.status.set({ kind: 'info', text: describeStep(moved.step, side) });
  const first = moved.step[0]?.path;
  if (first === undefined) return;
  if (inCell(grid.session, first)) selectLater(grid, first);
  else focusCell(grid, first);
}

/** Reverses the last step (the typing in the open cell first becomes a step of its own). */
export function undo(grid: GridContext): void {
  grid.typed.flush();
  recordTyping(grid);
  const result = undoStep(grid.history.current);
  if (result) travel(grid, result, 'before');
  else grid.status.set({ kind: 'info', text: '没有可以撤销的修改。' });
}

/** Applies again the last step undone. */
export function redo(grid: GridContext): void {
  grid.typed.flush();
  recordTyping(grid);
  const result = redoStep(grid.history.current);
  if (result) travel(grid, result, 'after');
  else grid.status.set({ kind: 'info', text: '没有可以重做的修改。' });
}
