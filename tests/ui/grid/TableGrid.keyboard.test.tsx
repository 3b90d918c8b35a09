// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { userEvent } from '@testing-library/user-event';
import { act } from '@testing-library/react';
import { afterFrame, input, mountGrid, r, reportWith } from './gridHarness.tsx';

const setup = () => userEvent.setup();

describe('TableGrid keyboard', () => {
  it('arrows, Enter and Tab move between cells; Shift reverses', async () => {
    const user = setup();
    const { container } = mountGrid('requests');
    await user.click(input(container, r('received', 'natural')));
    const active = () => document.activeElement?.getAttribute('data-cell');
    await user.keyboard('{ArrowRight}');
    expect(active()).toBe(r('received', 'commercial'));
    await user.keyboard('{ArrowDown}');
    expect(active()).toBe(r('carriedOver', 'commercial'));
    await user.keyboard('{ArrowLeft}');
    expect(active()).toBe(r('carriedOver', 'natural'));
    await user.keyboard('{ArrowUp}');
    expect(active()).toBe(r('received', 'natural'));
    await user.keyboard('{Enter}');
    expect(active()).toBe(r('carriedOver', 'natural'));
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(active()).toBe(r('received', 'natural'));
    await user.keyboard('{Tab}');
    expect(active()).toBe(r('received', 'commercial'));
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(active()).toBe(r('received', 'natural'));
  });

  it('typing into a cell replaces what it holds; the value reaches the form as a number just after the next frame', async () => {
    const user = setup();
    const { container, form } = mountGrid('requests', reportWith({ [r('received', 'natural')]: 5 }));
    const cell = input(container, r('received', 'natural'));
    expect(cell.value).toBe('5');
    await user.click(cell);
    await user.keyboard('12');
    expect(cell.value).toBe('12');
    await afterFrame();
    expect(form.getValues(r('received', 'natural') as never)).toBe(12);
    expect(cell.value).toBe('12');
  });

  it('arrows inside text being edited move the caret, and leave the cell at its ends', async () => {
    const user = setup();
    const { container } = mountGrid('requests');
    await user.click(input(container, r('received', 'commercial')));
    await user.keyboard('34{ArrowLeft}');
    expect(document.activeElement?.getAttribute('data-cell')).toBe(r('received', 'commercial'));
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement?.getAttribute('data-cell')).toBe(r('received', 'natural'));
  });

  it('invalid text is kept as typed and flagged, never lost', async () => {
    const user = setup();
    const { container, form } = mountGrid('requests');
    const cell = input(container, r('received', 'natural'));
    await user.click(cell);
    await user.keyboard('三件');
    await afterFrame();
    expect(form.getValues(r('received', 'natural') as never)).toBe('三件');
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    await user.keyboard('{Tab}');
    expect(cell.value).toBe('三件');
  });

  it('full-width digits are read as numbers and shown normalised after leaving the cell', async () => {
    const user = setup();
    const { container, form } = mountGrid('requests');
    const cell = input(container, r('received', 'natural'));
    await user.click(cell);
    await user.keyboard('１２');
    expect(cell.value).toBe('１２');
    await afterFrame();
    expect(form.getValues(r('received', 'natural') as never)).toBe(12);
    expect(cell.value).toBe('１２');
    await user.keyboard('{Enter}');
    expect(cell.value).toBe('12');
  });

  it('Esc restores the value the cell had when it was entered', async () => {
    const user = setup();
    const { container, form } = mountGrid('requests', reportWith({ [r('received', 'natural')]: 5 }));
    const cell = input(container, r('received', 'natural'));
    await user.click(cell);
    await user.keyboard('987');
    await afterFrame();
    expect(form.getValues(r('received', 'natural') as never)).toBe(987);
    await user.keyboard('{Escape}');
    expect(cell.value).toBe('5');
    expect(form.getValues(r('received', 'natural') as never)).toBe(5);
  });

  it('Ctrl+Z undoes the last edit, Ctrl+Y and Ctrl+Shift+Z redo it', async () => {
    const user = setup();
    const { container, form } = mountGrid('requests');
    const value = (path: string) => form.getValues(path as never);
    await user.click(input(container, r('received', 'natural')));
    await user.keyboard('7{Tab}8');
    await afterFrame();
    expect([value(r('received', 'natural')), value(r('received', 'commercial'))]).toEqual([7, 8]);
    await user.keyboard('{Control>}z{/Control}');
    expect([value(r('received', 'natural')), value(r('received', 'commercial'))]).toEqual([7, null]);
    await user.keyboard('{Control>}z{/Control}');
    expect([value(r('received', 'natural')), value(r('received', 'commercial'))]).toEqual([null, null]);
    expect(document.activeElement?.getAttribute('data-cell')).toBe(r('received', 'natural'));
    await user.keyboard('{Control>}y{/Control}');
    expect(value(r('received', 'natural'))).toBe(7);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(value(r('received', 'commercial'))).toBe(8);
    expect(input(container, r('received', 'commercial')).value).toBe('8');
    await act(async () => {});
  });
});

describe('TableGrid keyboard at the edges', () => {
  it('Tab on the last cell and Shift+Tab on the first leave the table (the keyboard is never trapped)', async () => {
    const user = userEvent.setup();
    const { container } = mountGrid('appeals');
    await user.click(input(container, 'tables.appeals.suitAfterReview.total'));
    await user.keyboard('{Tab}');
    expect(document.activeElement?.hasAttribute('data-cell')).toBe(false);
    await user.click(input(container, 'tables.appeals.review.upheld'));
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement?.hasAttribute('data-cell')).toBe(false);
  });

  it('Ctrl+Z from the toolbar undoes a fill of all totals', async () => {
    const user = userEvent.setup();
    const report = reportWith({ 'tables.appeals.review.upheld': 1, 'tables.appeals.review.corrected': 0, 'tables.appeals.review.other': 0, 'tables.appeals.review.pending': 0 });
    const { form } = mountGrid('appeals', report);
    const fill = document.querySelector<HTMLButtonElement>('[data-action="fill-totals"]')!;
    await user.click(fill);
    expect(form.getValues('tables.appeals.review.total' as never)).toBe(1);
    await user.keyboard('{Control>}z{/Control}');
    expect(form.getValues('tables.appeals.review.total' as never)).toBeNull();
  });
});
