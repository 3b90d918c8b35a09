import type { CommandName } from './gridCommands.ts';

/** Whether a modifier is held: true, false, or 'any' (either). */
export type Held = boolean | 'any';

/**
 * When a binding applies besides its key and modifiers (keyLookup.ts decides it):
 * - 'selecting':    the cell was just entered, its whole text selected (editSession.ts);
 * - 'caretAtStart': just entered, whole text selected, or the caret at the start of the text;
 * - 'caretAtEnd':   just entered, whole text selected, or the caret at the end of the text.
 */
export type KeyCondition = 'selecting' | 'caretAtStart' | 'caretAtEnd';

/** Stands in `keys` for any one character typed (a key whose KeyboardEvent.key is one character long). */
export const anyCharacter = 'character';

export type KeyBinding = {
  /** KeyboardEvent.key values (the character typed, or the key's name: 'Enter', 'ArrowUp'), or anyCharacter. */
  readonly keys: readonly string[];
  /** KeyboardEvent.code values that match too, whatever the key types there ('Equal': Option+= types ≠ on a Mac). */
  readonly codes?: readonly string[];
  /** Ctrl, or ⌘ on a Mac. Every modifier not given must not be held. */
  readonly ctrl?: Held;
  readonly shift?: Held;
  readonly alt?: Held;
  /** While an input method (拼音, 五笔) is composing: not given, the key is left to it. */
  readonly composing?: Held;
  readonly when?: KeyCondition;
  readonly command: CommandName;
};

/**
 * Every key a grid handles, as data: a key pressed in a cell runs the first binding that matches (those
 * naming the key, then those naming its code, then the anyCharacter one). What each command does is in
 * gridCommands.ts; undo and redo work anywhere in the grid. A key not listed is left to the browser: Delete,
 * Backspace, Home and End edit the text (the typed value reaches the grid through the input's change), Ctrl+C
 * copies, and Ctrl+V pastes through the paste event (gridPaste.ts).
 */
export const keymap: readonly KeyBinding[] = [
  { keys: ['z', 'Z'], ctrl: true, composing: 'any', command: 'undo' },
  { keys: ['z', 'Z'], ctrl: true, shift: true, composing: 'any', command: 'redo' },
  { keys: ['y', 'Y'], ctrl: true, shift: 'any', composing: 'any', command: 'redo' },
  { keys: ['='], codes: ['Equal'], alt: true, ctrl: 'any', shift: 'any', composing: 'any', command: 'fillTotal' },
  // Shift changes nothing on the arrows. Up and down always leave the cell; in text being edited, left
  // and right move the caret and leave the cell at its ends.
  { keys: ['ArrowUp'], shift: 'any', command: 'moveUp' },
  { keys: ['ArrowDown'], shift: 'any', command: 'moveDown' },
  { keys: ['ArrowLeft'], shift: 'any', when: 'caretAtStart', command: 'moveLeft' },
  { keys: ['ArrowRight'], shift: 'any', when: 'caretAtEnd', command: 'moveRight' },
  { keys: ['Enter'], command: 'moveDown' },
  { keys: ['Enter'], shift: true, command: 'moveUp' },
  { keys: ['Tab'], command: 'nextCell' },
  { keys: ['Tab'], shift: true, command: 'previousCell' },
  { keys: ['Escape'], shift: 'any', command: 'cancelEdit' },
  { keys: ['F2'], shift: 'any', command: 'startEdit' },
  { keys: [anyCharacter], shift: 'any', when: 'selecting', command: 'typeOver' },
];
