import type { CellPath } from '../../template/cellPathType.ts';
import type { CellValue } from '../../model/cellValue.ts';

export type CellEdit = { readonly path: CellPath; readonly before: CellValue; readonly after: CellValue };
/** One undoable step: an edit of one cell, a paste, or a fill of totals. */
export type EditStep = readonly CellEdit[];

export type EditHistory = { readonly past: readonly EditStep[]; readonly future: readonly EditStep[] };

export const emptyHistory: EditHistory = { past: [], future: [] };

const historyLimit = 200;

/** Adds a step (changes only); a new step clears what could be redone. */
export function recordStep(history: EditHistory, step: EditStep): EditHistory {
  const changes = step.filter((edit) => !Object.is(edit.before, edit.after));
  if (changes.length === 0) return history;
  return { past: [...history.past, changes].slice(-historyLimit), future: [] };
}

/** The step to reverse, and the history after it: apply each edit's `before`. */
export function undoStep(history: EditHistory): { history: EditHistory; step: EditStep } | undefined {
  const step = history.past[history.past.length - 1];
  if (!step) return undefined;
  return { history: { past: history.past.slice(0, -1), future: [...history.future, step] }, step };
}

/** The step to apply again: apply each edit's `after`. */
export function redoStep(history: EditHistory): { history: EditHistory; step: EditStep } | undefined {
  const step = history.future[history.future.length - 1];
  if (!step) return undefined;
  return { history: { past: [...history.past, step], future: history.future.slice(0, -1) }, step };
}
