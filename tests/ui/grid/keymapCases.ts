/**
 * Every key the grid's cells handle, as the 74-line `if` chain of the old `gridApi.keyDown` (with ValueCell's
 * Alt+=) decided it: (key, modifiers, the cell's editing state and caret) → the command that ran, or null
 * when the key was left to the browser. Written by reading that chain; the keymap must give the same.
 */

/** The command names of the grid's keymap (src/ui/grid/keymap.ts). */
export type ExpectedCommand =
  | 'undo' | 'redo' | 'fillTotal'
  | 'moveUp' | 'moveDown' | 'moveLeft' | 'moveRight' | 'nextCell' | 'previousCell'
  | 'cancelEdit' | 'startEdit' | 'typeOver';

/**
 * 'selecting': the cell was just entered and its whole text is selected (the next character replaces it);
 * 'editing': after F2, a double-click or a typed character, the caret is in the text.
 */
export type CaseState = 'selecting' | 'editing';
/** Where the caret is in the cell's two-character text ("99"): 1–1, 0–0, 2–2 or 0–2. */
export type Caret = 'middle' | 'start' | 'end' | 'whole';

export type KeyCase = {
  readonly key: string;
  readonly code?: string;
  readonly ctrl?: boolean;
  readonly meta?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
  readonly composing?: boolean;
  readonly state: CaseState;
  readonly caret: Caret;
  readonly command: ExpectedCommand | null;
};

type Press = Omit<KeyCase, 'state' | 'caret' | 'command'>;
type Place = { readonly state: CaseState; readonly caret: Caret };

const selecting: Place = { state: 'selecting', caret: 'middle' };
const editingAt = (caret: Caret): Place => ({ state: 'editing', caret });
const everyPlace: readonly Place[] = [selecting, editingAt('middle'), editingAt('start'), editingAt('end'), editingAt('whole')];

const cases: KeyCase[] = [];
const add = (press: Press, places: readonly Place[], command: ExpectedCommand | null): void => {
  for (const place of places) cases.push({ ...press, ...place, command });
};
/** The same press with and without Shift. */
const withShift = (press: Press, places: readonly Place[], command: ExpectedCommand | null): void => {
  add(press, places, command);
  add({ ...press, shift: true }, places, command);
};

// Undo and redo: Ctrl or ⌘, never with Alt; they run even while an IME composes.
for (const key of ['z', 'Z']) {
  add({ key, ctrl: true }, [selecting, editingAt('middle')], 'undo');
  add({ key, meta: true }, [selecting], 'undo');
  add({ key, ctrl: true, shift: true }, [selecting, editingAt('middle')], 'redo');
  add({ key, meta: true, shift: true }, [selecting], 'redo');
  add({ key, ctrl: true, alt: true }, [selecting], null);
  add({ key, ctrl: true, composing: true }, [selecting], 'undo');
}
for (const key of ['y', 'Y']) {
  withShift({ key, ctrl: true }, [selecting, editingAt('middle')], 'redo');
  add({ key, meta: true }, [selecting], 'redo');
  add({ key, ctrl: true, alt: true }, [selecting], null);
}

// Alt+= fills a total (by the key as well as the character: Option+= on a Mac types ≠), whatever else is held.
withShift({ key: '=', code: 'Equal', alt: true }, [selecting, editingAt('middle')], 'fillTotal');
add({ key: '≠', code: 'Equal', alt: true }, [selecting, editingAt('end')], 'fillTotal');
add({ key: '+', code: 'Equal', alt: true, shift: true }, [selecting], 'fillTotal');
add({ key: '=', code: 'Equal', alt: true, ctrl: true }, [selecting], 'fillTotal');
add({ key: '=', code: 'Equal', alt: true, composing: true }, [selecting], 'fillTotal');
add({ key: '=', code: 'Equal' }, [selecting], 'typeOver');
add({ key: '=', code: 'Equal' }, [editingAt('middle')], null);
add({ key: 'a', code: 'KeyA', alt: true }, [selecting], null);

// Arrows (Shift changes nothing): up and down always leave the cell; left and right leave it when it was
// just entered, when its whole text is selected, or at that end of the text, else they move the caret.
withShift({ key: 'ArrowUp' }, everyPlace, 'moveUp');
withShift({ key: 'ArrowDown' }, everyPlace, 'moveDown');
withShift({ key: 'ArrowLeft' }, [selecting, editingAt('start'), editingAt('whole')], 'moveLeft');
withShift({ key: 'ArrowLeft' }, [editingAt('middle'), editingAt('end')], null);
withShift({ key: 'ArrowRight' }, [selecting, editingAt('end'), editingAt('whole')], 'moveRight');
withShift({ key: 'ArrowRight' }, [editingAt('middle'), editingAt('start')], null);
for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
  add({ key, ctrl: true }, [selecting], null);
  add({ key, alt: true }, [selecting], null);
  add({ key, composing: true }, [selecting], null);
}

// Enter and Tab move down / to the next cell, with Shift up / to the previous one.
add({ key: 'Enter' }, everyPlace, 'moveDown');
add({ key: 'Enter', shift: true }, everyPlace, 'moveUp');
add({ key: 'Tab' }, [selecting, editingAt('middle')], 'nextCell');
add({ key: 'Tab', shift: true }, [selecting, editingAt('middle')], 'previousCell');
for (const key of ['Enter', 'Tab']) {
  add({ key, ctrl: true }, [selecting], null);
  add({ key, alt: true }, [selecting], null);
  add({ key, composing: true }, [selecting], null);
}

// Esc puts back what the cell held when it was entered; F2 puts the caret at the end of the text.
withShift({ key: 'Escape' }, [selecting, editingAt('middle')], 'cancelEdit');
withShift({ key: 'F2' }, [selecting, editingAt('middle'), editingAt('start')], 'startEdit');
for (const key of ['Escape', 'F2']) {
  add({ key, ctrl: true }, [selecting], null);
  add({ key, alt: true }, [selecting], null);
  add({ key, composing: true }, [selecting], null);
}

// A character typed into a cell just entered replaces its text; in text being edited it goes in at the caret.
for (const key of ['5', 'a', '中', ' ', '.']) add({ key }, [selecting], 'typeOver');
add({ key: 'A', shift: true }, [selecting], 'typeOver');
for (const key of ['5', 'a']) add({ key }, [editingAt('middle'), editingAt('start'), editingAt('end'), editingAt('whole')], null);
add({ key: '5', composing: true }, [selecting], null);

// Left to the browser: editing keys, copy and paste (the paste event is the grid's), IME and modifier keys.
for (const key of ['Delete', 'Backspace', 'Home', 'End', 'PageDown', 'Insert']) withShift({ key }, [selecting, editingAt('middle')], null);
for (const key of ['a', 'c', 'v', 'x']) add({ key, ctrl: true }, [selecting, editingAt('middle')], null);
add({ key: 'c', meta: true }, [selecting], null);
add({ key: 'Process' }, [selecting, editingAt('middle')], null);
add({ key: 'Unidentified' }, [selecting], null);
add({ key: 'Shift', shift: true }, [selecting], null);
add({ key: 'Control', ctrl: true }, [selecting], null);
add({ key: 'Alt', alt: true }, [selecting], null);

export const keyCases: readonly KeyCase[] = cases;

/**
 * One case of each kind — command, editing state, caret, and which of composing, a key code, ⌘, Alt and Ctrl it
 * has — for pressing on a real grid (a mount of table 三 each; every case is looked up in the keymap alone).
 */
export const pressedCases: readonly KeyCase[] = (() => {
  const seen = new Set<string>();
  return cases.filter((c) => {
    const kind = [c.command, c.state, c.caret, c.composing, c.code !== undefined, c.meta, c.alt, c.ctrl].map(String).join('|');
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
})();

/** A readable name of a case, for the test's title. */
export const caseName = (c: KeyCase): string => {
  const held = [c.ctrl && 'Ctrl', c.meta && 'Meta', c.alt && 'Alt', c.shift && 'Shift'].filter(Boolean).join('+');
  const key = c.code && c.key !== '=' ? `${c.key}(${c.code})` : c.key;
  const where = c.state === 'selecting' ? 'just entered' : `editing, caret ${c.caret}`;
  return `${held ? `${held}+` : ''}${JSON.stringify(key)}${c.composing ? ' composing' : ''}, ${where} → ${c.command ?? 'browser'}`;
};
