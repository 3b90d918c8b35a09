// @vitest-environment jsdom
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from '@testing-library/user-event';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FormProvider, useForm, type DefaultValues, type UseFormReturn } from 'react-hook-form';
import type { Report } from '../../../src/model/reportSchema.ts';
import { createFindingsStore } from '../../../src/ui/findings/findingsStore.ts';
import { FindingsProvider } from '../../../src/ui/findings/FindingsContext.tsx';
import { flushPendingEdits } from '../../../src/ui/typing/pendingEdits.ts';
import { TableGrid } from '../../../src/ui/grid/TableGrid.tsx';
import { afterFrame, input, mountGrid, r, reportWith } from './gridHarness.tsx';

const value = (form: UseFormReturn<Report>, path: string) => form.getValues(path as never);

describe('a typed figure waiting for its frame is never lost', () => {
  it('waits for the frame after the keystroke, shown as typed meanwhile', async () => {
    const user = userEvent.setup();
    const { container, form } = mountGrid('requests', reportWith({ [r('received', 'natural')]: 5 }));
    const cell = input(container, r('received', 'natural'));
    await user.click(cell);
    await user.keyboard('７');
    expect(value(form, r('received', 'natural'))).toBe(5);
    expect(cell.value).toBe('７');
    await afterFrame();
    expect(value(form, r('received', 'natural'))).toBe(7);
    expect(cell.value).toBe('７');
  });

  it.each([
    ['an arrow key', '{ArrowDown}'],
    ['Enter', '{Enter}'],
    ['Tab', '{Tab}'],
  ])('is written before %s moves to the next cell', async (_name, key) => {
    const user = userEvent.setup();
    const { container, form } = mountGrid('requests');
    await user.click(input(container, r('received', 'natural')));
    await user.keyboard(`4${key}`);
    expect(value(form, r('received', 'natural'))).toBe(4);
    expect(input(container, r('received', 'natural')).value).toBe('4');
  });

  it('is written when the cell loses focus', async () => {
    const user = userEvent.setup();
    const { container, form } = mountGrid('requests');
    await user.click(input(container, r('received', 'natural')));
    await user.keyboard('9');
    act(() => input(container, r('received', 'natural')).blur());
    expect(value(form, r('received', 'natural'))).toBe(9);
  });

  it('is written before a paste, so the paste and the typing are two undo steps', async () => {
    const user = userEvent.setup();
    const { container, form } = mountGrid('requests');
    await user.click(input(container, r('received', 'natural')));
    await user.keyboard('3');
    act(() => {
      fireEvent.paste(input(container, r('received', 'natural')), { clipboardData: { getData: () => '1\t2' } });
    });
    expect([value(form, r('received', 'natural')), value(form, r('received', 'commercial'))]).toEqual([1, 2]);
    await user.keyboard('{Control>}z{/Control}');
    expect([value(form, r('received', 'natural')), value(form, r('received', 'commercial'))]).toEqual([3, null]);
    await user.keyboard('{Control>}z{/Control}');
    expect(value(form, r('received', 'natural'))).toBeNull();
  });

  it('Ctrl+Z right after typing undoes the typing', async () => {
    const user = userEvent.setup();
    const { container, form } = mountGrid('requests', reportWith({ [r('received', 'natural')]: 5 }));
    const cell = input(container, r('received', 'natural'));
    await user.click(cell);
    await user.keyboard('8{Control>}z{/Control}');
    expect(value(form, r('received', 'natural'))).toBe(5);
    expect(cell.value).toBe('5');
  });

  it('is written when the grid goes (another step opened) and when the page is left (flushPendingEdits)', async () => {
    const user = userEvent.setup();
    const mounted = mountGrid('requests');
    await user.click(input(mounted.container, r('received', 'natural')));
    await user.keyboard('6');
    flushPendingEdits();
    expect(value(mounted.form, r('received', 'natural'))).toBe(6);
    await user.keyboard('7');
    mounted.unmount();
    expect(value(mounted.form, r('received', 'natural'))).toBe(67);
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
