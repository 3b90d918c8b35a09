// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../src/model/reportSchema.ts';
import { PreviewStep } from '../../../src/ui/preview/PreviewStep.tsx';
import { fullReport } from '../../fixtures/fullReport.ts';

afterEach(() => vi.restoreAllMocks());

const withProblems = (problems: string): Report => ({ ...fullReport, text: { ...fullReport.text, problems } });
const setup = (report: Report) => render(<PreviewStep report={report} findings={[]} onShowFinding={vi.fn()} onFontProfileChange={vi.fn()} />);

describe('预览与导出: the text as published and 打印', () => {
  it('says how many marks the export normalises, and the preview shows them full-width', () => {
    setup(withProblems('(一)存在的问题\n部分栏目更新不及时,已整改:按月检查。'));
    const note = document.querySelector('[data-normalized-changes]');
    expect(note?.getAttribute('data-normalized-changes')).toBe('4');
    expect(note?.textContent).toContain('一键规范');
    const page = screen.getByTitle('报告预览').getAttribute('srcdoc') ?? '';
    expect(page).toContain('<h3 class="heading-2">（一）存在的问题</h3>');
    expect(page).toContain('部分栏目更新不及时，已整改：按月检查。');
  });

  it('shows no note when the text is already as published', () => {
    setup(fullReport);
    expect(document.querySelector('[data-normalized-changes]')).toBeNull();
  });

  it('keeps a print-only copy of the report beside the app and prints on 打印', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { container } = setup(fullReport);
    const copy = document.querySelector('body > .print-report');
    expect(copy).not.toBeNull();
    expect(container.contains(copy)).toBe(false);
    expect(copy?.querySelector('h1')?.textContent).toBe('示例市生态环境局2025年政府信息公开工作年度报告');
    expect(copy?.querySelector('style')?.textContent).toContain('.print-report .table-requests');
    await userEvent.setup().click(screen.getByRole('button', { name: '打印' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});

describe('预览与导出: invisible direction controls (issue 23, LOW 8)', () => {
  it('says that export removes them, and the preview no longer holds them', () => {
    setup({ ...fullReport, meta: { ...fullReport.meta, agency: '示例县\u202E局源资然自\u202C' } });
    const note = document.querySelector('[data-removed-controls]');
    expect(note?.getAttribute('data-removed-controls')).toBe('2');
    expect(note?.textContent).toContain('看不见的文字方向控制符');
    expect(screen.getByTitle('报告预览').getAttribute('srcdoc') ?? '').not.toMatch(/[\u202A-\u202E]/);
  });
});
