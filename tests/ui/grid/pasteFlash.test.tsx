// @vitest-environment jsdom
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { flashMs } from '../../../src/ui/grid/flashCells.ts';
import { input, mountGrid, r } from './gridHarness.tsx';

const flashed = (container: HTMLElement) =>
  [...container.querySelectorAll('td[data-pasted] [data-cell]')].map((element) => element.getAttribute('data-cell'));

describe('pasted cells are highlighted for a moment', () => {
  it('marks exactly the cells a block was pasted into, then clears them', async () => {
    const user = userEvent.setup();
    const { container } = mountGrid('requests');
    await user.click(input(container, r('received', 'commercial')));
    await user.paste('1\t2\r\n3\t4');
    expect(flashed(container).sort()).toEqual([
      r('carriedOver', 'commercial'), r('carriedOver', 'research'), r('received', 'commercial'), r('received', 'research'),
    ].sort());
    await vi.waitFor(() => expect(flashed(container)).toEqual([]), { timeout: flashMs + 2000, interval: 100 });
  });

  it('marks nothing when the paste is refused', async () => {
    const user = userEvent.setup();
    const { container } = mountGrid('requests');
    await user.click(input(container, r('received', 'natural')));
    await user.paste('abc def');
    expect(flashed(container)).toEqual([]);
    expect(container.querySelector('.grid-message-refused')?.textContent).toContain('没有数字（abc def）');
  });
});
