import type { GridContext } from './gridContext.ts';
import { moveFrom, type Direction } from './gridNavigation.ts';

/** Puts the keyboard in a cell with its text selected (the next key replaces it). */
export function focusCell(grid: GridContext, path: string): void {
  const input = grid.inputs.get(path);
  if (!input) return;
  input.focus();
  input.select();
}

/** After React has put the new value in the input, selects it so the next key replaces it. */
export function selectLater(grid: GridContext, path: string): void {
  setTimeout(() => {
    const input = grid.inputs.get(path);
    if (input && input.ownerDocument.activeElement === input) input.select();
  }, 0);
}

/** Moves the keyboard to the next cell that way; false at the edge of the table. */
export function moveCell(grid: GridContext, path: string, direction: Direction): boolean {
  const target = moveFrom(grid.nav, path, direction);
  if (target === undefined) return false;
  focusCell(grid, target);
  return true;
}
