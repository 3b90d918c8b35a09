import { formatCellInput } from '../../model/parseCellInput.ts';
import { recordStep, type EditStep } from './editHistory.ts';
import { writeCells } from './formAccess.ts';
import type { GridContext } from './gridContext.ts';
import type { CellWrite } from './planPaste.ts';

/**
 * A value put into a cell by the grid (undo, paste, fill, Esc) is shown at once, as the grid prints it: the
 * cell's input is uncontrolled, and when a waiting figure and its undo land in one event the form ends where
 * it began, so nothing would re-render it.
 */
export function putCells(grid: GridContext, writes: readonly CellWrite[]): void {
  writeCells(grid.form, writes);
  for (const { path, value } of writes) {
    const input = grid.inputs.get(path);
    if (input) input.value = formatCellInput(value);
  }
}

/** The typing in the open cell becomes its own undo step before any other step. */
export function recordTyping(grid: GridContext): void {
  const { session } = grid;
  if (session.state === 'idle' || session.path === '') return;
  const after = grid.valueOf(session.path);
  grid.history.current = recordStep(grid.history.current, [{ path: session.path, before: session.before, after }]);
  session.before = after;
}

/** Puts one side of an undo step back into its cells. */
export function applyStep(grid: GridContext, step: EditStep, side: 'before' | 'after'): void {
  putCells(grid, step.map((edit) => ({ path: edit.path, value: edit[side] })));
  const { session } = grid;
  if (session.state !== 'idle' && step.some((edit) => edit.path === session.path)) session.before = grid.valueOf(session.path);
}

/** A paste or a fill: one undo step, however many cells it writes. */
export function runStep(grid: GridContext, writes: readonly CellWrite[]): void {
  recordTyping(grid);
  const step = writes.map((w) => ({ path: w.path, before: grid.valueOf(w.path), after: w.value }));
  putCells(grid, writes);
  grid.history.current = recordStep(grid.history.current, step);
  if (grid.session.state !== 'idle') grid.session.before = grid.valueOf(grid.session.path);
}
