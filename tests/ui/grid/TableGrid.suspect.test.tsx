// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { userEvent } from '@testing-library/user-event';
import { screen, within } from '@testing-library/react';
import { validateReport } from '../../../src/model/validateReport.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { afterFrame, input, mountGrid, r } from './gridHarness.tsx';
import { fullReport } from '../../fixtures/fullReport.ts';

const invalidCells = (container: HTMLElement) =>
  [...container.querySelectorAll('[aria-invalid="true"]')].map((el) => el.getAttribute('data-cell')).sort();
// What the issue fixes: each error's cells[0], and each suspect — nothing else.
const expectedInvalid = (report: Report) => {
  const errors = validateReport(report).filter((f) => f.severity === 'error');
  return [...new Set(errors.flatMap((f) => [f.cells[0] ?? '', ...(f.suspect ? [f.suspect.cell] : [])]))].sort();
};
const markOf = (container: HTMLElement, path: string) => input(container, path).closest('td')?.className ?? '';

describe('TableGrid: the likely wrong cell', () => {
  it('4 → 5 in 四、结转下年度 / 自然人: ✖ and 改为 4 on that cell, ↔ on the others, no 改为 on the row total', async () => {
    const user = userEvent.setup();
    const { container, form } = mountGrid('requests', fullReport);
    const typo = r('carriedForward', 'natural');
    expect(input(container, typo).value).toBe('4');
    await user.click(input(container, typo));
    await user.keyboard('5');
    await afterFrame();

    expect(invalidCells(container)).toEqual([r('carriedForward', 'total'), typo, r('received', 'natural')].sort());
    expect(invalidCells(container)).toEqual(expectedInvalid(form.getValues()));
    const suspect = input(container, typo).closest('td') as HTMLElement;
    expect(suspect.className).toContain('cell-error');
    expect(within(suspect).getByText('✖')).toBeTruthy();
    expect(document.getElementById(input(container, typo).getAttribute('aria-describedby') ?? '')?.textContent).toContain('此格可能输错：应为 4。');
    // The top of the column is right: quieter mark, still aria-invalid as the balance finding's cells[0].
    expect(markOf(container, r('received', 'natural'))).toContain('cell-involved');
    expect(markOf(container, r('received', 'natural'))).not.toContain('cell-error');
    expect(markOf(container, r('carriedForward', 'total'))).toContain('cell-involved');
    // The row total would copy the typo: it offers nothing.
    expect(within(input(container, r('carriedForward', 'total')).closest('td') as HTMLElement).queryByRole('button')).toBeNull();

    // Alt+= in that total refuses, and says why.
    await user.click(input(container, r('carriedForward', 'total')));
    await user.keyboard('{Alt>}={/Alt}');
    expect(form.getValues(r('carriedForward', 'total') as never)).toBe(4);
    expect(screen.getByText('没有填入合计：对不上很可能是另一格输错了（带 ✖ 的格），请先核对那一格。')).toBeTruthy();

    await user.click(within(suspect).getByRole('button', { name: '改为 4' }));
    expect(form.getValues(typo as never)).toBe(4);
    await afterFrame();
    expect(invalidCells(container)).toEqual([]);
    expect(container.querySelectorAll('td.cell-error, td.cell-involved')).toHaveLength(0);
    expect(document.activeElement).toBe(input(container, typo));
    expect(screen.getByText('已改为 4（Ctrl+Z 可撤销）。')).toBeTruthy();

    await user.keyboard('{Control>}z{/Control}');
    await afterFrame();
    expect(form.getValues(typo as never)).toBe(5);
    expect(markOf(container, typo)).toContain('cell-error');
  });

  it('Alt+= in the suspect writes its figure', async () => {
    const user = userEvent.setup();
    const { container, form } = mountGrid('requests', fullReport);
    const typo = r('disclosed', 'commercial');
    await user.click(input(container, typo));
    await user.keyboard('60');
    await afterFrame();
    expect(markOf(container, typo)).toContain('cell-error');
    await user.keyboard('{Alt>}={/Alt}');
    expect(form.getValues(typo as never)).toBe(6);
  });

  it('table 四: no suspect, so the group total keeps its ✖ and its 改为 N', async () => {
    const user = userEvent.setup();
    const { container } = mountGrid('appeals', fullReport);
    const part = 'tables.appeals.review.upheld';
    await user.click(input(container, part));
    await user.keyboard('3');
    await afterFrame();
    expect(invalidCells(container)).toEqual(['tables.appeals.review.total']);
    expect(markOf(container, 'tables.appeals.review.total')).toContain('cell-error');
    expect(markOf(container, part)).toContain('cell-involved');
    const total = input(container, 'tables.appeals.review.total').closest('td') as HTMLElement;
    expect(within(total).getByRole('button', { name: /^改为 \d+$/ })).toBeTruthy();
  });

  it('a legend above the table explains every mark', () => {
    mountGrid('requests', fullReport);
    const legend = screen.getByRole('list', { name: '表格标记说明' });
    const items = within(legend).getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(items).toHaveLength(4);
    expect(items[0]).toMatch(/^✖要改的格/);
    expect(items[1]).toMatch(/^↔参与了一个不平衡的合计/);
    expect(items[2]).toMatch(/^⚠提醒/);
    expect(items[3]).toMatch(/^虚线框：提醒已核实/);
  });
});
