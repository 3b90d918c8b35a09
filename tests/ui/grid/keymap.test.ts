import { describe, expect, it } from 'vitest';
import { cellKeyCommand, gridKeyCommand, type KeyPress } from '../../../src/ui/grid/keyLookup.ts';
import { keymap } from '../../../src/ui/grid/keymap.ts';
import { cellCommands, gridCommands } from '../../../src/ui/grid/gridCommands.ts';
import { caseName, keyCases, type Caret, type KeyCase } from './keymapCases.ts';

// The same cases as TableGrid.keymap.test.tsx (which presses them on a real grid), looked up in the keymap alone.
const carets: Readonly<Record<Caret, readonly [number, number]>> = { middle: [1, 1], start: [0, 0], end: [2, 2], whole: [0, 2] };

const pressOf = (c: Pick<KeyCase, 'key' | 'code' | 'ctrl' | 'meta' | 'shift' | 'alt' | 'composing'>): KeyPress => ({
  key: c.key,
  ctrlKey: c.ctrl ?? false,
  metaKey: c.meta ?? false,
  shiftKey: c.shift ?? false,
  altKey: c.alt ?? false,
  nativeEvent: { code: c.code ?? '', isComposing: c.composing ?? false },
});

describe('the grid keymap', () => {
  it.each(keyCases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => {
    const [selectionStart, selectionEnd] = carets[c.caret];
    const caret = { value: '99', selectionStart, selectionEnd };
    expect(cellKeyCommand(pressOf(c), caret, c.state === 'selecting') ?? null).toBe(c.command);
  });

  it('names only commands that exist, and every command has a key', () => {
    const commands = new Set([...Object.keys(gridCommands), ...Object.keys(cellCommands)]);
    for (const binding of keymap) expect(commands.has(binding.command)).toBe(true);
    expect(new Set(keymap.map((binding) => binding.command))).toEqual(commands);
  });

  it('a caret the browser does not report counts as at the start', () => {
    const caret = { value: '99', selectionStart: null, selectionEnd: null };
    expect(cellKeyCommand(pressOf({ key: 'ArrowLeft' }), caret, false)).toBe('moveLeft');
    expect(cellKeyCommand(pressOf({ key: 'ArrowRight' }), caret, false)).toBeUndefined();
  });

  // As the old handler on the grid's box read them: Ctrl or ⌘ without Alt, z or y in either case.
  it.each([
    [{ key: 'z', ctrl: true }, 'undo'],
    [{ key: 'Z', ctrl: true }, 'undo'],
    [{ key: 'z', meta: true }, 'undo'],
    [{ key: 'z', ctrl: true, composing: true }, 'undo'],
    [{ key: 'Z', ctrl: true, shift: true }, 'redo'],
    [{ key: 'y', ctrl: true }, 'redo'],
    [{ key: 'Y', ctrl: true, shift: true }, 'redo'],
    [{ key: 'y', meta: true }, 'redo'],
    [{ key: 'z', ctrl: true, alt: true }, null],
    [{ key: 'y', ctrl: true, alt: true }, null],
    [{ key: 'z' }, null],
    [{ key: 'c', ctrl: true }, null],
    [{ key: '=', code: 'Equal', alt: true }, null],
    [{ key: 'Enter' }, null],
    [{ key: 'Escape' }, null],
  ] as const)('anywhere in the grid: %o → %s', (press, command) => {
    expect(gridKeyCommand(pressOf(press)) ?? null).toBe(command);
  });
});
