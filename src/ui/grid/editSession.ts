import type { CellValue } from '../../model/cellValue.ts';
import type { CellPath } from '../../template/cellPathType.ts';

/**
 * Where the keyboard is in one grid, and how keys act there:
 * - 'idle':      no value cell of the grid has the keyboard;
 * - 'selecting': a cell was just entered (or its figure put back by Esc or a paste): its whole text is
 *                selected, the next character replaces it, and arrows leave the cell;
 * - 'editing':   the caret is in the text (F2, a double-click, a typed character): left and right move it.
 */
export type SessionState = 'idle' | 'selecting' | 'editing';

/** What can happen to the session: a cell is entered or left; its text is edited, or selected again. */
export type SessionEvent = 'enter' | 'edit' | 'reselect' | 'leave';

const next: { readonly [S in SessionState]: { readonly [E in SessionEvent]: SessionState } } = {
  idle: { enter: 'selecting', edit: 'idle', reselect: 'idle', leave: 'idle' },
  selecting: { enter: 'selecting', edit: 'editing', reselect: 'selecting', leave: 'idle' },
  editing: { enter: 'selecting', edit: 'editing', reselect: 'selecting', leave: 'idle' },
};

/**
 * One per grid, changed in place (a keystroke allocates nothing). `before` is what the cell held when its
 * current undo step began: the typing of one visit is one step (gridWrites.recordTyping).
 */
export type EditSession = { state: SessionState; path: CellPath | ''; before: CellValue };

export const idleSession = (): EditSession => ({ state: 'idle', path: '', before: null });

/** Whether the keyboard is in this cell. */
export const inCell = (session: EditSession, path: string): boolean => session.state !== 'idle' && session.path === path;

/** Whether this cell was just entered: the next character replaces its text. */
export const selectingIn = (session: EditSession, path: string): boolean => session.state === 'selecting' && session.path === path;

/** Whether the caret is in this cell's text. */
export const editingIn = (session: EditSession, path: string): boolean => session.state === 'editing' && session.path === path;

/** The keyboard arrives in a cell holding `before`. */
export function enterCell(session: EditSession, path: CellPath, before: CellValue): void {
  session.state = next[session.state].enter;
  session.path = path;
  session.before = before;
}

/** Moves the session in this cell on; an event about another cell changes nothing. */
export function cellEvent(session: EditSession, event: Exclude<SessionEvent, 'enter'>, path: string): void {
  if (!inCell(session, path)) return;
  session.state = next[session.state][event];
  if (session.state === 'idle') session.path = '';
}
