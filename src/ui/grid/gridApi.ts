import type { ClipboardEvent, KeyboardEvent } from 'react';
import type { CellPath } from '../../template/cellPathType.ts';
import { getCell } from '../../model/cellAccess.ts';
import { cellByPath, cellsOfTable } from '../../model/cellCatalog.ts';
import type { CellValue } from '../../model/cellValue.ts';
import { fillTotals } from '../../model/fillTotals.ts';
import { formatCellInput, parseCellInput } from '../../model/parseCellInput.ts';
import type { Report } from '../../model/reportSchema.ts';
import type { TableGrid } from '../../model/tableLayout.ts';
import { totalOffer } from '../../model/totalOffer.ts';
import type { TableId } from '../../template/tableTypes.ts';
import { emptyHistory, recordStep, redoStep, undoStep, type EditHistory, type EditStep } from './editHistory.ts';
import type { HistoryBox } from './editHistories.ts';
import { createGridStatus, type GridStatusStore } from './gridStatus.ts';
import { gridNav, moveFrom, type Direction, type GridNav } from './gridNavigation.ts';
import { parsePaste } from './parsePaste.ts';
import { withoutLabels } from './pasteLabels.ts';
import { describeStep } from './describeStep.ts';
import { flashCells } from './flashCells.ts';
import { planPaste, type CellWrite } from './planPaste.ts';
import { toCellValue } from './toCellValue.ts';
import { afterNextFrame } from '../typing/afterNextFrame.ts';

/** What the grid needs of the form: read the whole report or one cell, write one cell. */
export type FormAccess = {
  readonly getReport: () => Report;
  readonly getValue: (path: string) => unknown;
  readonly setValue: (path: string, value: CellValue) => void;
};

/**
 * The imperative side of one table grid: cell editing sessions, keys, paste, totals, undo.
 * One instance per mounted grid; cells reach it through context, so it never re-renders them.
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
  keyDown(event: KeyboardEvent<HTMLInputElement>, path: CellPath): void;
  paste(event: ClipboardEvent<HTMLInputElement>, path: CellPath): void;
  offer(path: CellPath): number | undefined;
  fillTotal(path: CellPath): void;
  /** Writes the figure a suspect should hold (改为 N): one undo step, focus stays on the cell. */
  fixCell(path: CellPath, value: number): void;
  fillAllTotals(): void;
  undo(): void;
  redo(): void;
};

type Session = { path: CellPath; before: CellValue; fresh: boolean };

const arrowDirections: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right',
};

export function createGridApi(
  table: TableId,
  layout: TableGrid,
  form: FormAccess,
  history: HistoryBox = { current: emptyHistory },
  status: GridStatusStore = createGridStatus(),
): GridApi {
  const nav = gridNav(layout);
  const inputs = new Map<string, HTMLInputElement>();
  const tableCells = cellsOfTable(table).map((cell) => cell.path);
  let session: Session | null = null;
  // Typed values waiting for the frame after the keystroke; every other operation writes them first.
  let pending: Map<CellPath, CellValue> | null = null;

  const valueOf = (path: string): CellValue => toCellValue(form.getValue(path));

  // The grid only writes the form; the findings store listens to it (ui/findings/followForm.ts).
  const write = (writes: readonly CellWrite[]): void => {
    for (const { path, value } of writes) form.setValue(path, value);
  };

  // A value put into a cell by the grid (undo, paste, fill, Esc) is shown at once, as the grid prints it:
  // the cell's input is uncontrolled, and when a waiting figure and its undo land in one event the form
  // ends where it began, so nothing would re-render it.
  const put = (writes: readonly CellWrite[]): void => {
    write(writes);
    for (const { path, value } of writes) {
      const input = inputs.get(path);
      if (input) input.value = formatCellInput(value);
    }
  };

  const flush = (): void => {
    if (pending === null) return;
    const writes = [...pending].map(([path, value]) => ({ path, value }));
    pending = null;
    write(writes);
  };

  // The typing in the open cell becomes its own undo step before any other step.
  const closeSession = (): void => {
    if (!session) return;
    const after = valueOf(session.path);
    history.current = recordStep(history.current, [{ path: session.path, before: session.before, after }]);
    session.before = after;
  };

  const applyStep = (step: EditStep, side: 'before' | 'after'): void => {
    put(step.map((edit) => ({ path: edit.path, value: edit[side] })));
    if (session && step.some((edit) => edit.path === session?.path)) session.before = valueOf(session.path);
  };

  // A paste or a fill: one undo step, however many cells it writes.
  const runStep = (writes: readonly CellWrite[]): void => {
    closeSession();
    const step = writes.map((w) => ({ path: w.path, before: valueOf(w.path), after: w.value }));
    put(writes);
    history.current = recordStep(history.current, step);
    if (session) session.before = valueOf(session.path);
  };

  const focusCell = (path: string): void => {
    const input = inputs.get(path);
    if (!input) return;
    input.focus();
    input.select();
  };

  // After React has put the new value in the input, select it so the next key replaces it.
  const selectLater = (path: string): void => {
    setTimeout(() => {
      const input = inputs.get(path);
      if (input && input.ownerDocument.activeElement === input) input.select();
    }, 0);
  };

  const move = (path: string, direction: Direction): boolean => {
    const target = moveFrom(nav, path, direction);
    if (target === undefined) return false;
    focusCell(target);
    return true;
  };

  // Undo or redo: apply one side of a step and put the keyboard on its first cell.
  const travel = (moved: { history: EditHistory; step: EditStep }, side: 'before' | 'after'): void => {
    history.current = moved.history;
    applyStep(moved.step, side);
    status.set({ kind: 'info', text: describeStep(moved.step, side) });
    const first = moved.step[0]?.path;
    if (first !== undefined && first !== session?.path) focusCell(first);
    else if (first !== undefined) selectLater(first);
  };

  const api: GridApi = {
    table,
    nav,
    status,
    register(path, input) {
      if (input) inputs.set(path, input);
      else inputs.delete(path);
    },
    focusCell(path) {
      flush();
      focusCell(path);
    },
    cellFocused(path) {
      flush();
      if (session?.path !== path) closeSession();
      session = { path, before: valueOf(path), fresh: true };
    },
    cellBlurred(path) {
      flush();
      if (session?.path !== path) return;
      closeSession();
      session = null;
    },
    cellEditing(path) {
      if (session?.path === path) session.fresh = false;
    },
    typed(path, text) {
      const value = parseCellInput(text, cellByPath.get(path)?.valueKind ?? 'count');
      if (session?.path === path) session.fresh = false;
      if (pending === null) {
        pending = new Map();
        afterNextFrame(flush);
      }
      pending.set(path, value);
      status.set(null);
      return value;
    },
    pendingValue: (path) => pending?.get(path),
    flush,
    // Plain characters write nothing here (their figure waits for its frame, however fast the typing); keys
    // the grid handles itself write first.
    keyDown(event, path) {
      const input = event.currentTarget;
      const key = event.key;
      const ctrl = event.ctrlKey || event.metaKey;
      if (ctrl && !event.altKey && (key === 'z' || key === 'Z')) {
        event.preventDefault();
        if (event.shiftKey) api.redo();
        else api.undo();
        return;
      }
      if (ctrl && !event.altKey && (key === 'y' || key === 'Y')) {
        event.preventDefault();
        api.redo();
        return;
      }
      // By the key, not the character: Option+= on a Mac types ≠.
      if (event.altKey && (key === '=' || event.nativeEvent.code === 'Equal')) {
        event.preventDefault();
        api.fillTotal(path);
        return;
      }
      if (ctrl || event.altKey || event.nativeEvent.isComposing) return;
      const fresh = session?.path === path && session.fresh;
      const direction = arrowDirections[key];
      if (direction !== undefined) {
        const start = input.selectionStart ?? 0;
        const end = input.selectionEnd ?? 0;
        const length = input.value.length;
        const whole = start === 0 && end === length;
        // Inside text being edited, left and right move the caret; at its ends they leave the cell.
        const leaves = direction === 'up' || direction === 'down' || fresh || whole
          || (direction === 'left' && start === 0 && end === 0)
          || (direction === 'right' && start === length && end === length);
        if (!leaves) return;
        event.preventDefault();
        flush();
        move(path, direction);
        return;
      }
      if (key === 'Enter') {
        event.preventDefault();
        flush();
        move(path, event.shiftKey ? 'up' : 'down');
        return;
      }
      // Tab at the first or last cell leaves the table, so the keyboard is never trapped.
      if (key === 'Tab') {
        flush();
        if (move(path, event.shiftKey ? 'previous' : 'next')) event.preventDefault();
        return;
      }
      if (key === 'Escape') {
        flush();
        if (session?.path !== path) return;
        const before = session.before;
        if (Object.is(valueOf(path), before)) return;
        event.preventDefault();
        put([{ path, value: before }]);
        session.fresh = true;
        selectLater(path);
        return;
      }
      if (key === 'F2') {
        event.preventDefault();
        if (session?.path === path) session.fresh = false;
        input.setSelectionRange(input.value.length, input.value.length);
        return;
      }
      // Typing into a cell just arrived at replaces what it holds, as in a spreadsheet.
      if (fresh && key.length === 1 && session) {
        session.fresh = false;
        if (input.selectionStart !== 0 || input.selectionEnd !== input.value.length) input.select();
      }
    },
    paste(event, path) {
      flush();
      const text = event.clipboardData.getData('text/plain');
      const { rows, headerRows, labelColumns } = withoutLabels(parsePaste(text));
      const single = rows.length === 1 && rows[0]?.length === 1 && headerRows + labelColumns === 0;
      // One value pasted into a cell being edited goes in at the caret, like any text.
      if (single && session?.path === path && !session.fresh) return;
      event.preventDefault();
      const plan = planPaste(nav, path, rows);
      if (!plan.ok) {
        status.set({ kind: 'refused', text: plan.message });
        return;
      }
      runStep(plan.writes);
      if (!single) flashCells(plan.writes.map((write) => inputs.get(write.path)));
      const skipped = [headerRows > 0 ? `表头 ${headerRows} 行` : '', labelColumns > 0 ? `行标题 ${labelColumns} 列` : ''].filter(Boolean).join('、');
      const note = skipped ? `，略去了复制进来的${skipped}` : '';
      status.set(single ? null : { kind: 'info', text: `已粘贴 ${plan.writes.length} 格${note}（Ctrl+Z 可撤销）。` });
      if (session?.path === path) session.fresh = true;
      selectLater(path);
    },
    offer: (path) => totalOffer(path, valueOf),
    fillTotal(path) {
      flush();
      const value = totalOffer(path, valueOf);
      if (value === undefined) return;
      runStep([{ path, value }]);
      status.set(null);
      focusCell(path);
    },
    fixCell(path, value) {
      flush();
      if (Object.is(valueOf(path), value)) return;
      runStep([{ path, value }]);
      status.set({ kind: 'info', text: `已改为 ${value}（Ctrl+Z 可撤销）。` });
      focusCell(path);
    },
    fillAllTotals() {
      flush();
      const report = form.getReport();
      const filled = fillTotals(report);
      const writes = tableCells
        .filter((path) => !Object.is(getCell(report, path), getCell(filled, path)))
        .map((path) => ({ path, value: getCell(filled, path) }));
      if (writes.length === 0) {
        status.set({ kind: 'info', text: '没有可以填入的合计：合计都已正确，或其各项还没有全部填上数字。' });
        return;
      }
      const replaced = writes.filter((w) => getCell(report, w.path) !== null).length;
      runStep(writes);
      const note = replaced > 0 ? `，其中 ${replaced} 格原有的数字被替换` : '';
      status.set({ kind: 'info', text: `已填入 ${writes.length} 个合计${note}（Ctrl+Z 可撤销）。` });
    },
    undo() {
      flush();
      closeSession();
      const result = undoStep(history.current);
      if (result) travel(result, 'before');
      else status.set({ kind: 'info', text: '没有可以撤销的修改。' });
    },
    redo() {
      flush();
      closeSession();
      const result = redoStep(history.current);
      if (result) travel(result, 'after');
      else status.set({ kind: 'info', text: '没有可以重做的修改。' });
    },
  };
  return api;
}
