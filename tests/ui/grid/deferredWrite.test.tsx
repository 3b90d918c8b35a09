// @vitest-environment jsdom
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from '@testing-library/user-event';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FormProvider, useForm, type DefaultValues, type UseFormReturn } from 'react-hook-form';
import { setCell } from '../../../src/model/cellAccess.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { createFindingsStore } from '../../../src/ui/findings/findingsStore.ts';
import { FindingsProvider } from '../../../src/ui/findings/FindingsContext.tsx';
import { flushPendingEdits } from '../../../src/ui/typing/pendingEdits.ts';
import { TableGrid } from '../../../src/ui/grid/TableGrid.tsx';
import { holdFrames, input, mountGrid, r, recordTexts, reportWith, zeroTable } from './gridHarness.tsx';

const value = (form: UseFormReturn<Report>, path: string) => form.getValues(path as never);

describe('a typed figure waiting for its frame is never lost', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits for the frame after the keystroke, shown as typed meanwhile', async () => {
    const frames = holdFrames();
    const user = userEvent.setup();
    const { container, form } = mountGrid('requests', reportWith({ [r('received', 'natural')]: 5 }));
    const cell = input(container, r('received', 'natural'));
    await user.click(cell);
    await user.keyboard('７');
    expect(value(form, r('received', 'natural'))).toBe(5);
    expect(cell.value).toBe('７');
    await frames.next();
    expect(value(form, r('received', 'natural'))).toBe(7);
    expect(cell.value).toBe('７');
  });

  it.each([
    ['in one frame', false],
    ['with a frame between the keys', true],
  ])('shows full-width １２ as typed while it waits and once it lands (%s), never the old figure or 12 until the cell is left', async (_name, frameBetween) => {
    const frames = holdFrames();
    const user = userEvent.setup();
    const shown = recordTexts(r('received', 'natural'));
    try {
      // A balanced table of zeros: the value landing also changes the cell's own findings (it re-renders with a mark).
      const { container, form } = mountGrid('requests', zeroTable('requests'));
      const cell = input(container, r('received', 'natural'));
      // The recorder sees the grid's own writes too: the 0 it put in on mount.
      expect(shown.texts).toEqual(['0']);
      shown.texts.length = 0;
      await user.click(cell);
      await user.keyboard('１');
      expect(value(form, r('received', 'natural'))).toBe(0);
      if (frameBetween) {
        await frames.next();
        expect(value(form, r('received', 'natural'))).toBe(1);
      }
      await user.keyboard('２');
      expect(cell.value).toBe('１２');
      await frames.next();
      expect(value(form, r('received', 'natural'))).toBe(12);
      expect(cell.getAttribute('aria-invalid')).toBe('true');
      expect(cell.value).toBe('１２');
      // Every text the input held: the two keystrokes, nothing put back in between.
      expect(shown.texts).toEqual(['１', '１２']);
      await user.keyboard('{Enter}');
      expect(cell.value).toBe('12');
      expect(shown.texts).toEqual(['１', '１２', '12']);
    } finally {
      shown.stop();
    }
  });

  it('writes nothing while keys come faster than frames: the figure lands once, after the frame', async () => {
    const frames = holdFrames();
    const user = userEvent.setup();
    const { container, form, store } = mountGrid('requests', reportWith({ [r('received', 'natural')]: 5 }));
    const cell = input(container, r('received', 'natural'));
    await user.click(cell);
    const findingsBefore = store.getAll();
    await user.keyboard('１２３');
    expect(value(form, r('received', 'natural'))).toBe(5);
    expect(store.getAll()).toBe(findingsBefore);
    await frames.next();
    expect(value(form, r('received', 'natural'))).toBe(123);
    expect(cell.value).toBe('１２３');
  });

  it('keeps showing what was typed when the cell re-renders while its figure waits (its findings changed meanwhile)', async () => {
    const frames = holdFrames();
    const user = userEvent.setup();
    const shown = recordTexts(r('received', 'natural'));
    try {
      const { container, form, store } = mountGrid('requests', zeroTable('requests'));
      const cell = input(container, r('received', 'natural'));
      shown.texts.length = 0;
      await user.click(cell);
      await user.keyboard('３');
      expect(value(form, r('received', 'natural'))).toBe(0);
      // The full check of a pause, run on the form as it is (without the waiting 3), breaks the row this cell is in.
      act(() => store.recompute(setCell(form.getValues(), r('received', 'commercial'), 9)));
      expect(cell.closest('td')?.classList.contains('cell-involved')).toBe(true);
      expect(cell.value).toBe('３');
      await frames.next();
      expect(value(form, r('received', 'natural'))).toBe(3);
      expect(cell.value).toBe('３');
      expect(shown.texts).toEqual(['３']);
    } finally {
      shown.stop();
    }
  });

  it.each([
    ['an arrow key', '{ArrowDown}', r('carriedOver', 'natural')],
    ['Enter', '{Enter}', r('carriedOver', 'natural')],
    ['Tab', '{Tab}', r('received', 'commercial')],
  ])('is written before %s moves to the next cell', async (_name, key, next) => {
    holdFrames();
    const user = userEvent.setup();
    const { container, form } = mountGrid('requests');
    await user.click(input(container, r('received', 'natural')));
    await user.keyboard('4');
    expect(value(form, r('received', 'natural'))).toBeNull();
    await user.keyboard(key);
    expect(value(form, r('received', 'natural'))).toBe(4);
    expect(input(container, r('received', 'natural')).value).toBe('4');
    expect(document.activeElement?.getAttribute('data-cell')).toBe(next);
  });

  it('is written when the cell loses focus', async () => {
    holdFrames();
    const user = userEvent.setup();
    const { container, form } = mountGrid('requests');
    await user.click(input(container, r('received', 'natural')));
    await user.keyboard('9');
    expect(value(form, r('received', 'natural'))).toBeNull();
    act(() => input(container, r('received', 'natural')).blur());
    expect(value(form, r('received', 'natural'))).toBe(9);
  });

  it('is written before a paste, so the paste and the typing are two undo steps', async () => {
    holdFrames();
    const user = userEvent.setup();
    const { container, form } = mountGrid('requests');
    await user.click(input(container, r('received', 'natural')));
    await user.keyboard('3');
    expect(value(form, r('received', 'natural'))).toBeNull();
    act(() => {
      fireEvent.paste(input(container, r('received', 'natural')), { clipboardData: { getData: () => '1\t2' } });
    });
    expect([value(form, r('received', 'natural')), value(form, r('received', 'commercial'))]).toEqual([1, 2]);
    await user.keyboard('{Control>}z{/Control}');
    expect([value(form, r('received', 'natural')), value(form, r('received', 'commercial'))]).toEqual([3, null]);
    await user.keyboard('{Control>}z{/Control}');
    expect(value(form, r('received', 'natural'))).toBeNull();
  });

  it('Ctrl+Z right after typing undoes the typing, for good (the waiting write does not come back), and Ctrl+Y redoes it', async () => {
    const frames = holdFrames();
    const user = userEvent.setup();
    const { container, form } = mountGrid('requests', reportWith({ [r('received', 'natural')]: 5 }));
    const cell = input(container, r('received', 'natural'));
    await user.click(cell);
    await user.keyboard('8');
    expect(value(form, r('received', 'natural'))).toBe(5);
    await user.keyboard('{Control>}z{/Control}');
    expect(value(form, r('received', 'natural'))).toBe(5);
    expect(cell.value).toBe('5');
    await frames.next();
    expect(value(form, r('received', 'natural'))).toBe(5);
    expect(cell.value).toBe('5');
    await user.keyboard('{Control>}y{/Control}');
    expect(value(form, r('received', 'natural'))).toBe(8);
    expect(cell.value).toBe('8');
  });

  it('is written when the grid goes (another step opened), and nothing is written after', async () => {
    const frames = holdFrames();
    const user = userEvent.setup();
    const mounted = mountGrid('requests');
    await user.click(input(mounted.container, r('received', 'natural')));
    await user.keyboard('6');
    expect(value(mounted.form, r('received', 'natural'))).toBeNull();
    mounted.unmount();
    expect(value(mounted.form, r('received', 'natural'))).toBe(6);
    mounted.form.setValue(r('received', 'natural') as never, 1 as never);
    await frames.next();
    expect(value(mounted.form, r('received', 'natural'))).toBe(1);
  });

  it('is written when the page is left (flushPendingEdits), the clerk still in the cell', async () => {
    const frames = holdFrames();
    const user = userEvent.setup();
    const { container, form } = mountGrid('requests');
    const cell = input(container, r('received', 'natural'));
    await user.click(cell);
    await user.keyboard('6');
    expect(value(form, r('received', 'natural'))).toBeNull();
    act(() => flushPendingEdits());
    expect(value(form, r('received', 'natural'))).toBe(6);
    expect(cell.value).toBe('6');
    expect(document.activeElement).toBe(cell);
    await user.keyboard('7');
    await frames.next();
    expect(value(form, r('received', 'natural'))).toBe(67);
  });
});

// The grid shown or hidden inside one form, as the wizard's steps do.
function Steps({ onForm }: { onForm: (form: UseFormReturn<Report>) => void }) {
  const form = useForm<Report>({ defaultValues: reportWith() as DefaultValues<Report> });
  const [store] = useState(() => createFindingsStore());
  const [shown, setShown] = useState(true);
  useEffect(() => {
    onForm(form);
  }, [form, onForm]);
  return (
    <FormProvider {...form}>
      <FindingsProvider store={store}>
        <button type="button" onClick={() => setShown((s) => !s)}>切换</button>
        {shown && <TableGrid table="requests" />}
      </FindingsProvider>
    </FormProvider>
  );
}

describe('undo history', () => {
  it('survives leaving the table and coming back (another step opened in between)', async () => {
    const user = userEvent.setup();
    let form: UseFormReturn<Report> | undefined;
    const { container } = render(<Steps onForm={(f) => (form = f)} />);
    await user.click(input(container, r('received', 'natural')));
    await user.keyboard('2{Tab}3{Tab}');
    await user.click(screen.getByRole('button', { name: '切换' }));
    expect(container.querySelector('[data-cell]')).toBeNull();
    await user.click(screen.getByRole('button', { name: '切换' }));
    await user.click(input(container, r('received', 'natural')));
    await user.keyboard('{Control>}z{/Control}');
    expect(value(form!, r('received', 'commercial'))).toBeNull();
    expect(value(form!, r('received', 'natural'))).toBe(2);
    await user.keyboard('{Control>}z{/Control}');
    expect(value(form!, r('received', 'natural'))).toBeNull();
  });
});

describe('Alt+= on a Mac', () => {
  it('fills the total by the key pressed, though Option+= types ≠', async () => {
    const user = userEvent.setup();
    const report = reportWith({ 'tables.appeals.review.upheld': 1, 'tables.appeals.review.corrected': 2, 'tables.appeals.review.other': 0, 'tables.appeals.review.pending': 1 });
    const { container, form } = mountGrid('appeals', report);
    const total = input(container, 'tables.appeals.review.total');
    await user.click(total);
    act(() => {
      fireEvent.keyDown(total, { key: '≠', code: 'Equal', altKey: true });
    });
    expect(form.getValues('tables.appeals.review.total' as never)).toBe(4);
  });
});
