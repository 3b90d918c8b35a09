// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { FormProvider, useForm, type DefaultValues, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import { readReport } from '../../../src/model/readReport.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { OverviewStep } from '../../../src/ui/narrative/OverviewStep.tsx';

function renderInForm(children: ReactNode, report: Report = emptyReport({ year: 2025, agency: '某某县某某局' })) {
  const formRef: { current: UseFormReturn<Report> | null } = { current: null };
  function Host() {
    const form = useForm<Report>({ defaultValues: report as DefaultValues<Report> });
    formRef.current = form;
    return <FormProvider {...form}>{children}</FormProvider>;
  }
  render(<Host />);
  return () => formRef.current!.getValues();
}

const headings = () => screen.getAllByRole('textbox', { name: /小标题/ }).map((input) => (input as HTMLInputElement).value);
const ordinals = () => [...document.querySelectorAll('.ordinal')].map((node) => node.textContent);

describe('OverviewStep', () => {
  it('starts with the five usual sub-sections numbered （一）…（五） by position', () => {
    renderInForm(<OverviewStep />);
    expect(headings()).toEqual(['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障']);
    expect(ordinals()).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
  });

  it('reorders a sub-section with its text, the numbers following the new position', async () => {
    const user = userEvent.setup();
    const values = renderInForm(<OverviewStep />);
    await user.type(screen.getByRole('textbox', { name: '（二）的正文' }), '全年收到申请。');
    await user.click(screen.getByRole('button', { name: '上移（二）' }));
    expect(headings().slice(0, 2)).toEqual(['依申请公开', '主动公开']);
    expect(values().text.overview.sections[0]).toEqual({ heading: '依申请公开', body: '全年收到申请。' });
    expect((screen.getByRole('textbox', { name: '（一）的正文' }) as HTMLTextAreaElement).value).toBe('全年收到申请。');
  });

  it('renames, adds and removes sub-sections', async () => {
    const user = userEvent.setup();
    const values = renderInForm(<OverviewStep />);
    const fifth = screen.getAllByRole('textbox', { name: /小标题/ })[4]!;
    await user.clear(fifth);
    await user.type(fifth, '监督保障和考核评议');
    await user.click(screen.getByRole('button', { name: '添加小节' }));
    expect(ordinals()).toHaveLength(6);
    await user.type(screen.getAllByRole('textbox', { name: /小标题/ })[5]!, '其他工作');
    await user.click(screen.getByRole('button', { name: '删除（三）' }));
    expect(values().text.overview.sections.map((s) => s.heading)).toEqual([
      '主动公开', '依申请公开', '政府信息公开平台建设', '监督保障和考核评议', '其他工作',
    ]);
    expect(ordinals()).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
  });

  it('counts characters as the clerk types and marks each text with data-field', async () => {
    const user = userEvent.setup();
    renderInForm(<OverviewStep />);
    const body = screen.getByRole('textbox', { name: '（一）的正文' });
    expect(body).toHaveAttribute('data-field', 'text.overview.sections.0.body');
    await user.type(body, '主动公开信息612条。');
    const field = body.closest('.narrative') as HTMLElement;
    // The count follows the text in the frame after the keystroke.
    expect(await within(field).findByText(/^11 字/)).toBeInTheDocument();
  });

  it('shows last year\'s text of 一 read-only when the report carries it', () => {
    const report = emptyReport({ year: 2025, agency: '某某县某某局' });
    const read = readReport({ ...report, meta: { ...report.meta, lastYear: { year: 2024, text: { overview: '上年度共主动公开信息500条。' } } } });
    if (!read.ok) throw new Error(read.error);
    renderInForm(<OverviewStep />, read.report);
    const aside = screen.getByRole('complementary', { name: '上年度报告：总体情况' });
    expect(aside).toHaveTextContent('上年度共主动公开信息500条。');
  });
});
