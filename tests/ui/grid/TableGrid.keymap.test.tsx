// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, fireEvent } from '@testing-library/react';
import { tableLayout } from '../../../src/model/tableLayout.ts';
import { totalPartsOf } from '../../../src/model/totalOffer.ts';
import { tableById } from '../../../src/template/tables.ts';
import { describeStep } from '../../../src/ui/grid/describeStep.ts';
import { gridNav, moveFrom, type Direction } from '../../../src/ui/grid/gridNavigation.ts';
import { input, mountGrid, r, reportWith } from './gridHarness.tsx';
import { caseName, pressedCases, type Caret, type ExpectedCommand, type KeyCase } from './keymapCases.ts';

// One case of each kind (keymapCases.ts; all 182 passed here against the old if-chain too) is pressed on a real
// grid, and what the key did is read back from the page: where the keyboard went, the cell's figure, the status
// line, the selection, and whether the browser's own action was stopped.
// The cell: a total in the middle of table 三 whose parts add up to 3; entered blank, then given 99 by the form
// (so Esc has something to put back, undo a step to undo, Alt+= a different figure to write).
const cell = r('resultsTotal', 'commercial');
const parts = totalPartsOf(cell);
const report = reportWith(Object.fromEntries(parts.map((part, i) => [part, i === 0 ? 3 : 0])));
const nav = gridNav(tableLayout(tableById.requests));

const carets: Readonly<Record<Caret, readonly [number, number]>> = { middle: [1, 1], start: [0, 0], end: [2, 2], whole: [0, 2] };

type Seen = {
  readonly prevented: boolean;
  readonly active: string | null | undefined;
  readonly value: unknown;
  readonly status: string;
  /** Only while the keyboard stays in the cell and the command is about the selection. */
  readonly selection?: readonly [number | null, number | null];
};

const moves: Partial<Record<ExpectedCommand, Direction>> = {
  moveUp: 'up', moveDown: 'down', moveLeft: 'left', moveRight: 'right', nextCell: 'next', previousCell: 'previous',
};

function expected(c: KeyCase): Seen {
  const stay = { prevented: true, active: cell, value: 99, status: '' };
  const direction = c.command === null ? undefined : moves[c.command];
  if (direction !== undefined) return { ...stay, active: moveFrom(nav, cell, direction) };
  switch (c.command) {
    case null:
      return { ...stay, prevented: false, selection: carets[c.caret] };
    case 'typeOver':
      return { ...stay, prevented: false, selection: [0, 2] };
    case 'startEdit':
      return { ...stay, selection: [2, 2] };
    case 'cancelEdit':
      return { ...stay, value: null };
    case 'undo':
      return { ...stay, value: null, status: describeStep([{ path: cell, before: null, after: 99 }], 'before') };
    case 'redo':
      return { ...stay, status: '没有可以重做的修改。' };
    case 'fillTotal':
      return { ...stay, value: 3 };
    default:
      throw new Error(`no expectation for ${c.command}`);
  }
}

function press(c: KeyCase): Seen {
  const mounted = mountGrid('requests', report);
  try {
    const element = input(mounted.container, cell);
    act(() => element.focus());
    if (c.state === 'editing') fireEvent.doubleClick(element);
    act(() => mounted.form.setValue(cell as never, 99 as never));
    expect(element.value).toBe('99');
    element.setSelectionRange(...carets[c.caret]);
    const notPrevented = fireEvent.keyDown(element, {
      key: c.key,
      ...(c.code !== undefined ? { code: c.code } : {}),
      ctrlKey: c.ctrl ?? false,
      metaKey: c.meta ?? false,
      shiftKey: c.shift ?? false,
      altKey: c.alt ?? false,
      isComposing: c.composing ?? false,
    });
    const active = document.activeElement?.getAttribute('data-cell');
    const kept = c.command === null || c.command === 'typeOver' || c.command === 'startEdit';
    return {
      prevented: !notPrevented,
      active,
      value: mounted.form.getValues(cell as never),
      status: mounted.container.querySelector('.grid-message')?.textContent ?? '',
      ...(kept && active === cell ? { selection: [element.selectionStart, element.selectionEnd] as const } : {}),
    };
  } finally {
    mounted.unmount();
  }
}

describe('every key the grid handles, pressed in a cell of table 三', () => {
  it('the cases pressed cover every command', () => {
    const commands = new Set(pressedCases.map((c) => c.command));
    for (const command of [...Object.keys(moves), 'undo', 'redo', 'fillTotal', 'cancelEdit', 'startEdit', 'typeOver', null]) {
      expect(commands.has(command as ExpectedCommand | null)).toBe(true);
    }
  });

  it.each(pressedCases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => {
    expect(press(c)).toEqual(expected(c));
  });
});
