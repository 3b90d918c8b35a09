// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { userEvent } from '@testing-library/user-event';
import { act, screen, within } from '@testing-library/react';
import { validateReport } from '../../../src/model/validateReport.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { setCell } from '../../../src/model/cellAccess.ts';
import { afterFrame, input, mountGrid, r, reportWith, zeroTable } from './gridHarness.tsx';

const invalidCells = (container: HTMLElement) =>
  [...container.querySelectorAll('[aria-invalid="true"]')].map((el) => el.getAttribute('data-cell')).sort();
const errorAnchors = (report: Report) =>
  [...new Set(validateReport(report).filter((f) => f.severity === 'error').map((f) => f.cells[0]))].sort();

describe('TableGrid live findings', () => {
  it('a balance error marks cells[0] (the received cell of the column) with aria-invalid, the others without', async () => {
    const user = userEvent.setup();
    const { container, form } = mountGrid('requests', zeroTable('requests'));
    expect(invalidCells(container)).toEqual([]);
    // 结转下年 of 自然人 becomes 3 (and its row total too): 一+二 = 0 but 三（七）+四 = 3 in both columns.
    await user.click(input(container, r('carriedForward', 'total')));
    await user.keyboard('3');
    await user.click(input(container, r('carriedForward', 'natural')));
    await user.keyboard('3');
    // The marks come with the frame after the keystroke.
    await afterFrame();
    expect(invalidCells(container)).toEqual([r('received', 'natural'), r('received', 'total')]);
    expect(invalidCells(container)).toEqual(errorAnchors(form.getValues()));
    const anchor = input(container, r('received', 'natural'));
    const description = document.getElementById(anchor.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toContain('自然人一列');
    // The formula is in the tip (no native title tooltip on top of it).
    expect(description?.textContent).toContain('= 0');
    expect(anchor.hasAttribute('title')).toBe(false);
    expect(anchor.closest('td')?.className).toContain('cell-error');
    expect(within(anchor.closest('td')!).getByText('✖')).toBeTruthy();
    const involved = input(container, r('carriedForward', 'natural'));
    expect(involved.hasAttribute('aria-invalid')).toBe(false);
    expect(involved.closest('td')?.className).toContain('cell-involved');
    // Fixing it removes every mark.
    await user.keyboard('{Backspace}0');
    await user.click(input(container, r('carriedForward', 'total')));
    await user.keyboard('0');
    await afterFrame();
    expect(invalidCells(container)).toEqual([]);
    expect(container.querySelectorAll('td.cell-error, td.cell-involved')).toHaveLength(0);
  });

  it('aria-invalid is on exactly the cells[0] of the current errors after a series of edits', async () => {
    const user = userEvent.setup();
    const { container, form } = mountGrid('requests', zeroTable('requests'));
    const typeAt = async (path: string, text: string) => {
      await user.click(input(container, path));
      await user.keyboard(text);
    };
    await typeAt(r('received', 'commercial'), '4');
    await typeAt(r('disclosed', 'research'), '2');
    await typeAt(r('declined.stateSecret', 'total'), '1');
    await typeAt(r('received', 'natural'), 'x');
    await afterFrame();
    const expected = errorAnchors(form.getValues());
    expect(expected.length).toBeGreaterThan(2);
    expect(invalidCells(container)).toEqual(expected);
  });

  it('a total whose parts are all numbers offers its sum, and fills it only on a click', async () => {
    const user = userEvent.setup();
    const parts = { natural: 3, commercial: 1, research: 0, nonprofit: 0, legalService: 0, otherOrg: 2 };
    const report = reportWith(Object.fromEntries(Object.entries(parts).map(([col, v]) => [r('received', col), v])));
    const { container, form } = mountGrid('requests', report);
    const total = input(container, r('received', 'total'));
    const offer = within(total.closest('td')!).getByRole('button', { name: '填入 6' });
    expect(form.getValues(r('received', 'total') as never)).toBeNull();
    await user.click(offer);
    expect(form.getValues(r('received', 'total') as never)).toBe(6);
    expect(total.value).toBe('6');
    expect(within(total.closest('td')!).queryByRole('button')).toBeNull();
    // A wrong total is not overwritten: the offer says 改为 and waits.
    await user.click(total);
    await user.keyboard('7');
    await afterFrame();
    expect(form.getValues(r('received', 'total') as never)).toBe(7);
    expect(within(total.closest('td')!).getByRole('button', { name: '改为 6' })).toBeTruthy();
    await user.keyboard('{Control>}z{/Control}');
    expect(form.getValues(r('received', 'total') as never)).toBe(6);
    await user.keyboard('{Control>}z{/Control}');
    expect(form.getValues(r('received', 'total') as never)).toBeNull();
  });

  it('Alt+= in a total cell fills the offered sum', async () => {
    const user = userEvent.setup();
    const report = reportWith({ 'tables.appeals.review.upheld': 1, 'tables.appeals.review.corrected': 2, 'tables.appeals.review.other': 0, 'tables.appeals.review.pending': 1 });
    const { container, form } = mountGrid('appeals', report);
    await user.click(input(container, 'tables.appeals.review.total'));
    await user.keyboard('{Alt>}={/Alt}');
    expect(form.getValues('tables.appeals.review.total' as never)).toBe(4);
  });

  it('填入全部合计 fills every computable total of the table as one undoable step', async () => {
    const user = userEvent.setup();
    const report = setCell(setCell(zeroTable('requests'), r('received', 'natural'), 5), r('received', 'total'), null);
    const { container, form } = mountGrid('requests', report);
    await user.click(screen.getByRole('button', { name: '填入全部合计' }));
    expect(form.getValues(r('received', 'total') as never)).toBe(5);
    expect(screen.getByRole('status').textContent).toMatch(/已填入 \d+ 个合计/);
    // resultsTotal is a sum of results (all 0) — already right; the balance error stays for the clerk.
    expect(invalidCells(container)).toEqual(errorAnchors(form.getValues()));
    await user.click(input(container, r('received', 'natural')));
    await user.keyboard('{Control>}z{/Control}');
    expect(form.getValues(r('received', 'total') as never)).toBeNull();
    await act(async () => {});
  });
});
