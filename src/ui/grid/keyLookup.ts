import { isGridCommand, type CommandName, type GridCommandName } from './gridCommands.ts';
import { anyCharacter, keymap, type Held, type KeyBinding, type KeyCondition } from './keymap.ts';

/** A key press as a KeyboardEvent gives it (React's or the DOM's). */
export type KeyPress = {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly nativeEvent: { readonly code: string; readonly isComposing: boolean };
};

/** The cell's text and selection, as its input holds them. */
export type CaretPlace = { readonly value: string; readonly selectionStart: number | null; readonly selectionEnd: number | null };

const wholeSelected = (start: number, end: number, length: number): boolean => start === 0 && end === length;

const conditions: { readonly [C in KeyCondition]: (caret: CaretPlace, selecting: boolean) => boolean } = {
  selecting: (_caret, selecting) => selecting,
  caretAtStart: (caret, selecting) => {
    const start = caret.selectionStart ?? 0;
    const end = caret.selectionEnd ?? 0;
    return selecting || wholeSelected(start, end, caret.value.length) || (start === 0 && end === 0);
  },
  caretAtEnd: (caret, selecting) => {
    const start = caret.selectionStart ?? 0;
    const end = caret.selectionEnd ?? 0;
    const length = caret.value.length;
    return selecting || wholeSelected(start, end, length) || (start === length && end === length);
  },
};

const fits = (held: Held | undefined, down: boolean): boolean => held === 'any' || (held ?? false) === down;

// Built once: a key press looks only at the bindings of its key and of its code (two map reads, no allocation).
type KeyIndex<B extends KeyBinding> = {
  readonly byKey: ReadonlyMap<string, readonly B[]>;
  readonly byCode: ReadonlyMap<string, readonly B[]>;
  readonly characters: readonly B[];
};

function indexKeys<B extends KeyBinding>(bindings: readonly B[]): KeyIndex<B> {
  const byKey = new Map<string, B[]>();
  const byCode = new Map<string, B[]>();
  const characters: B[] = [];
  const add = (map: Map<string, B[]>, name: string, binding: B): void => {
    map.set(name, [...(map.get(name) ?? []), binding]);
  };
  for (const binding of bindings) {
    for (const key of binding.keys) {
      if (key === anyCharacter) characters.push(binding);
      else add(byKey, key, binding);
    }
    for (const code of binding.codes ?? []) add(byCode, code, binding);
  }
  return { byKey, byCode, characters };
}

const cellKeys = indexKeys(keymap);
const gridKeys = indexKeys(keymap.filter((binding): binding is KeyBinding & { command: GridCommandName } => isGridCommand(binding.command)));

function firstMatch<B extends KeyBinding>(
  bindings: readonly B[] | undefined, press: KeyPress, caret: CaretPlace | null, selecting: boolean,
): B['command'] | undefined {
  if (bindings === undefined) return undefined;
  const ctrl = press.ctrlKey || press.metaKey;
  for (const binding of bindings) {
    if (!fits(binding.ctrl, ctrl) || !fits(binding.shift, press.shiftKey) || !fits(binding.alt, press.altKey)
      || !fits(binding.composing, press.nativeEvent.isComposing)) continue;
    if (binding.when !== undefined && (caret === null || !conditions[binding.when](caret, selecting))) continue;
    return binding.command;
  }
  return undefined;
}

function lookUp<B extends KeyBinding>(index: KeyIndex<B>, press: KeyPress, caret: CaretPlace | null, selecting: boolean): B['command'] | undefined {
  return firstMatch(index.byKey.get(press.key), press, caret, selecting)
    ?? firstMatch(index.byCode.get(press.nativeEvent.code), press, caret, selecting)
    ?? (press.key.length === 1 ? firstMatch(index.characters, press, caret, selecting) : undefined);
}

/** The command of a key pressed in a value cell (undefined: the browser's own), by the keymap. */
export function cellKeyCommand(press: KeyPress, caret: CaretPlace, selecting: boolean): CommandName | undefined {
  return lookUp(cellKeys, press, caret, selecting);
}

/** The command of a key pressed anywhere in the grid (a toolbar button has the keyboard): undo and redo. */
export function gridKeyCommand(press: KeyPress): GridCommandName | undefined {
  return lookUp(gridKeys, press, null, false);
}
