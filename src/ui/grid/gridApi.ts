import type { ClipboardEvent, KeyboardEvent } from 'react';
import type { CellPath } from '../../template/cellPathType.ts';
import { cellByPath } from '../../model/cellCatalog.ts';
import type { CellValue } from '../../model/cellValue.ts';
import { parseCellInput } from '../../model/parseCellInput.ts';
import type { TableGrid } from '../../model/tableLayout.ts';
import { totalOffer } from '../../model/totalOffer.ts';
import type { TableId } from '../../template/tableTypes.ts';
import { emptyHistory } from './editHistory.ts';
import type { HistoryBox } from './editHistories.ts';
import { cellEvent, enterCell, inCell, selectingIn } from './editSession.ts';
import type { FormAccess } from './formAccess.ts';
import { gridCommands, runCommand, type CellKeyMarks } from './gridCommands.ts';
import { createGridContext } from './gridContext.ts';
import { focusCell } from './gridFocus.ts';
import type { GridNav } from './gridNavigation.ts';
import { pasteInto } from './gridPaste.ts';
import { createGridStatus, type GridStatusStore } from './gridStatus.ts';
import { fillAllTotals, fillTotal, fixCell } from './gridTotals.ts';
import { redo, undo } from './gridUndo.ts';
import { recordTyping } from './gridWrites.ts';
import { cellKeyCommand, gridKeyCommand } from './keyLookup.ts';
import { holdTyped } from './typedValues.ts';

/**
 * The imperative side of one table grid, as its cells and toolbar call it. One instance per mounted grid;
 * cells reach it through context, so it never re-renders them. The work is done elsewhere: keys in
 * keymap.ts → gridCommands.ts, the editing session in editSession.ts, paste in gridPaste.ts, totals in
 * gridTotals.ts, undo in gridUndo.ts, typed values waiting for their frame in typedValues.ts.
 */
export type GridApi = {
  readonly table: TableId;
  readonly nav: GridNav;
  readonly status: GridStatusStore;
  register(path: CellPath, input: HTMLInputElement | null): void;
  focusCell(path: CellPath): void;
  cellFocused(path: CellPath): void;
  cellBlurred(path: CellPath): void;
  /** Double-click or F2: the next keys edit the text instead of replacing it. */
  cellEditing(path: CellPath): void;
  /**
   * The clerk typed into a cell: parsed now, written to the form (and checked) just after the next frame,
   * so the character shows at once. One undo step per visit of the cell.
   */
  typed(path: CellPath, text: string): CellValue;
  /** The typed value not yet written to the form, if any. */
  pendingValue(path: CellPath): CellValue | undefined;
  /** Writes typed values at once (before anything reads the form). */
  flush(): void;
  /**
   * A key pressed in a cell, run by the keymap. Plain characters write nothing here (their figure waits for
   * its frame, however fast the typing); the cell's marks say what Alt+= does in it.
   */
  keyDown(event: KeyboardEvent<HTMLInputElement>, path: CellPath, marks?: CellKeyMarks): void;
  /** A key anywhere in the grid that no cell handled (the toolbar's buttons have the keyboard): undo, redo. */
  gridKeyDown(event: KeyboardEvent<HTMLElement>): void;
  paste(event: ClipboardEvent<HTMLInputElement>, path: CellPath): void;
  offer(path: CellPath): number | undefined;
  fillTotal(path: CellPath): void;
  /** Writes the figure a suspect should hold (改为 N): one undo step, focus stays on the cell. */
  fixCell(path: CellPath, value: number): void;
  fillAllTotals(): void;
  undo(): void;
  redo(): void;
};

export function createGridApi(
  table: TableId,
  layout: TableGrid,
  form: FormAccess,
  history: HistoryBox = { current: emptyHistory },
  status: GridStatusStore = createGridStatus(),
): GridApi {
  const grid = createGridContext(table, layout, form, history, status);
  const { session, typed } = grid;
  return {
    table,
    nav: grid.nav,
    status,
    register(path, input) {
      if (input) grid.inputs.set(path, input);
      else grid.inputs.delete(path);
    },
    focusCell(path) {
      typed.flush();
      focusCell(grid, path);
    },
    cellFocused(path) {
      typed.flush();
      if (!inCell(session, path)) recordTyping(grid);
      enterCell(session, path, grid.valueOf(path));
    },
    cellBlurred(path) {
      typed.flush();
      if (!inCell(session, path)) return;
      recordTyping(grid);
      cellEvent(session, 'leave', path);
    },
    cellEditing: (path) => cellEvent(session, 'edit', path),
    typed(path, text) {
      const value = parseCellInput(text, cellByPath.get(path)?.valueKind ?? 'count');
      cellEvent(session, 'edit', path);
      holdTyped(typed, path, value);
      status.set(null);
      return value;
    },
    pendingValue: (path) => typed.pending?.get(path),
    flush: typed.flush,
    keyDown(event, path, marks) {
      const input = event.currentTarget;
      const command = cellKeyCommand(event, input, selectingIn(session, path));
      if (command !== undefined && runCommand(grid, command, path, input, marks)) event.preventDefault();
    },
    gridKeyDown(event) {
      if (event.defaultPrevented) return;
      const command = gridKeyCommand(event);
      if (command !== undefined && gridCommands[command](grid)) event.preventDefault();
    },
    paste: (event, path) => pasteInto(grid, event, path),
    offer: (path) => totalOffer(path, grid.valueOf),
    fillTotal: (path) => fillTotal(grid, path),
    fixCell: (path, value) => fixCell(grid, path, value),
    fillAllTotals: () => fillAllTotals(grid),
    undo: () => undo(grid),
    redo: () => redo(grid),
  };
}
