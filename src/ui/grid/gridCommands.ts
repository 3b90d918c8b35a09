import type { CellMarks } from './cellMarks.ts';
import { cellEvent, inCell } from './editSession.ts';
import type { GridContext } from './gridContext.ts';
import { moveCell, selectLater } from './gridFocus.ts';
import type { Direction } from './gridNavigation.ts';
import { fillTotal, fixCell } from './gridTotals.ts';
import { redo, undo } from './gridUndo.ts';
import { putCells } from './gridWrites.ts';
import type { CellPath } from '../../template/cellPathType.ts';

/** What a cell's findings say about filling it: Alt+= writes the suspect's figure, or refuses. */
export type CellKeyMarks = Pick<CellMarks, 'suspect' | 'suspectElsewhere'>;

/** A command run by a key; true when it did the key's work (the browser's own action is then stopped). */
type GridCommand = (grid: GridContext) => boolean;
type CellCommand = (grid: GridContext, path: CellPath, input: HTMLInputElement, marks: CellKeyMarks | undefined) => boolean;

/** Commands on the grid as a whole: their keys work anywhere in the grid, the toolbar's buttons too. */
export const gridCommands = {
  undo: (grid) => {
    undo(grid);
    return true;
  },
  redo: (grid) => {
    redo(grid);
    return true;
  },
} as const satisfies Record<string, GridCommand>;

// Typed figures are written before the keyboard leaves the cell.
const moveTo = (direction: Direction): CellCommand => (grid, path) => {
  grid.typed.flush();
  moveCell(grid, path, direction);
  return true;
};

/** Commands on the cell the key was pressed in. */
export const cellCommands = {
  fillTotal: (grid, path, _input, marks) => {
    // In the suspect, Alt+= writes the figure it should hold (as 改为 N does).
    if (marks?.suspect) fixCell(grid, path, marks.suspect.value);
    // A total whose sum fails because of a mistyped part: filling it would copy the typo.
    else if (marks?.suspectElsewhere) grid.status.set({ kind: 'refused', text: '没有填入合计：对不上很可能是另一格输错了（带 ✖ 的格），请先核对那一格。' });
    else fillTotal(grid, path);
    return true;
  },
  moveUp: moveTo('up'),
  moveDown: moveTo('down'),
  moveLeft: moveTo('left'),
  moveRight: moveTo('right'),
  // Tab at the first or last cell leaves the table (the browser moves on), so the keyboard is never trapped.
  nextCell: (grid, path) => {
    grid.typed.flush();
    return moveCell(grid, path, 'next');
  },
  previousCell: (grid, path) => {
    grid.typed.flush();
    return moveCell(grid, path, 'previous');
  },
  // Esc puts back what the cell held when it was entered, selected again.
  cancelEdit: (grid, path) => {
    grid.typed.flush();
    const { session } = grid;
    if (!inCell(session, path)) return false;
    const before = session.before;
    if (Object.is(grid.valueOf(path), before)) return false;
    putCells(grid, [{ path, value: before }]);
    cellEvent(session, 'reselect', path);
    selectLater(grid, path);
    return true;
  },
  // F2 (as a double-click does): the next keys edit the text instead of replacing it.
  startEdit: (grid, path, input) => {
    cellEvent(grid.session, 'edit', path);
    input.setSelectionRange(input.value.length, input.value.length);
    return true;
  },
  // A character typed into a cell just arrived at replaces what it holds, as in a spreadsheet; the browser
  // types it.
  typeOver: (grid, path, input) => {
    cellEvent(grid.session, 'edit', path);
    if (input.selectionStart !== 0 || input.selectionEnd !== input.value.length) input.select();
    return false;
  },
} as const satisfies Record<string, CellCommand>;

export type GridCommandName = keyof typeof gridCommands;
export type CellCommandName = keyof typeof cellCommands;
export type CommandName = GridCommandName | CellCommandName;

export const isGridCommand = (name: CommandName): name is GridCommandName => name in gridCommands;

/** Runs a command; true when the browser's own action for the key should be stopped. */
export function runCommand(grid: GridContext, name: CommandName, path: CellPath, input: HTMLInputElement, marks: CellKeyMarks | undefined): boolean {
  return isGridCommand(name) ? gridCommands[name](grid) : cellCommands[name](grid, path, input, marks);
}
