// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from '@testing-library/user-event';
import { cellsOfTable } from '../../../src/model/cellCatalog.ts';
import type { Finding } from '../../../src/model/finding.ts';
import type { FindingsStore } from '../../../src/ui/findings/findingsStore.ts';
import { renderCounts } from '../../../src/ui/grid/renderCounts.ts';
import { holdFrames, input, mountGrid, r, reportWith, zeroTable } from './gridHarness.tsx';

const paths = cellsOfTable('requests').map((cell) => cell.path);
const snapshot = (store: FindingsStore) => new Map<string, readonly Finding[]>(paths.map((p) => [p, store.getCellFindings(p)]));
const renderedCells = () => paths.filter((p) => (renderCounts.get(p) ?? 0) > 0);

// Types one key and reports what rendered in the keystroke itself (nothing: the input is uncontrolled), then
// which value cells rendered once the value landed in the form, just after the next frame, and whose findings changed.
// Frames are held, so nothing lands before `atKey` is read.
async function keystroke(user: ReturnType<typeof userEvent.setup>, store: FindingsStore, key: string) {
  const frames = holdFrames();
  const before = snapshot(store);
  renderCounts.clear();
  await user.keyboard(key);
  const atKey = [...renderCounts.keys()];
  await frames.next();
  const changed = paths.filter((p) => store.getCellFindings(p) !== before.get(p));
  return {
    atKey,
    rendered: renderedCells(),
    changed,
    table: renderCounts.get('table:requests') ?? 0,
    form: renderCounts.get('form') ?? 0,
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('TableGrid render counts per keystroke', () => {
  it('in a balanced table 三, a keystroke re-renders the edited cell and only cells whose findings changed', async () => {
    const user = userEvent.setup();
    const { container, store } = mountGrid('requests', zeroTable('requests'));
    await user.click(input(container, r('received', 'natural')));
    const first = await keystroke(user, store, '1');
    const edited = r('received', 'natural');
    expect(first.atKey).toEqual([]);
    // 自然人 column balance and the 一、本年新收 row total break: those cells' findings change.
    expect(first.changed.length).toBeGreaterThan(0);
    expect(first.rendered.every((p) => p === edited || first.changed.includes(p))).toBe(true);
    expect(first.rendered.length).toBeLessThanOrEqual(first.changed.length + 1);
    expect(renderCounts.get(edited)).toBe(1);
    expect(first.table).toBe(0);
    expect(first.form).toBe(0);
    const second = await keystroke(user, store, '2');
    expect(second.atKey).toEqual([]);
    expect(second.rendered.every((p) => p === edited || second.changed.includes(p))).toBe(true);
    expect(renderCounts.get(edited)).toBe(1);
    expect(second.table).toBe(0);
    expect(second.form).toBe(0);
    console.info(`render counts, table 三 (${paths.length} cells): key 1 → ${first.rendered.length} cells rendered, ${first.changed.length} changed findings; key 2 → ${second.rendered.length} rendered, ${second.changed.length} changed; table renders 0`);
  });

  it('in a blank table, the first keystroke re-renders only the edited cell, once; the next ones render nothing', async () => {
    const user = userEvent.setup();
    const { container, store } = mountGrid('requests', reportWith());
    await user.click(input(container, r('declined.thirdPartyRights', 'research')));
    const first = await keystroke(user, store, '5');
    expect(first.atKey).toEqual([]);
    expect(first.rendered).toEqual([r('declined.thirdPartyRights', 'research')]);
    expect(first.form).toBe(0);
    const second = await keystroke(user, store, '7');
    expect(second.atKey).toEqual([]);
    expect(second.changed).toEqual([]);
    // The cell already shows what was typed: its figure reaching the form re-renders nothing.
    expect(second.rendered).toEqual([]);
    expect(second.table).toBe(0);
    expect(second.form).toBe(0);
  });

  it('a total offer re-renders only when the value it offers changes, never its cell', async () => {
    const user = userEvent.setup();
    const parts = ['natural', 'commercial', 'research', 'nonprofit', 'legalService'];
    const { container, store } = mountGrid('requests', reportWith(Object.fromEntries(parts.map((col) => [r('received', col), 1]))));
    await user.click(input(container, r('received', 'otherOrg')));
    const first = await keystroke(user, store, '2');
    expect(renderCounts.get('offer:' + r('received', 'total'))).toBe(1);
    expect(first.rendered).toEqual([r('received', 'otherOrg')]);
    await keystroke(user, store, '{Backspace}');
    renderCounts.clear();
    await user.keyboard('{ArrowDown}');
    expect(renderCounts.get('offer:' + r('received', 'total')) ?? 0).toBe(0);
  });
});
