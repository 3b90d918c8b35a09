// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../src/model/reportSchema.ts';
import { PreviewStep } from '../../../src/ui/preview/PreviewStep.tsx';
import { zeroReport } from '../../fixtures/buildReport.ts';
import { fullReport } from '../../fixtures/fullReport.ts';

function setup(report: Report) {
  const user = userEvent.setup();
  render(<PreviewStep report={report} findings={[]} onShowFinding={vi.fn()} onFontProfileChange={vi.fn()} />);
  return user;
}

const downloads = ['下载 Word 文件（.docx）', '下载网页（.html）', '下载网站编辑器用网页', '复制到剪贴板'];

describe('预览与导出: what must be there before publishing', () => {
  it('never offers the downloads for a report with no agency, even when the clerk confirms the errors', async () => {
    const user = setup({ ...fullReport, meta: { ...fullReport.meta, agency: '' } });
    expect(screen.getByText(/还没有填写机关全称/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /没有填写机关全称/ })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /仍要导出/ }));
    for (const name of downloads) expect(screen.getByRole('button', { name })).toBeDisabled();
  });

  it('does not call a tables-only report ready: 一, 五 and 六 are listed as empty', () => {
    setup(zeroReport());
    expect(screen.queryByRole('heading', { name: /可以导出/ })).toBeNull();
    expect(screen.getByRole('button', { name: /“一、总体情况”还没有内容/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /“五、存在的主要问题及改进情况”还没有内容/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /“六、其他需要报告的事项”还没有内容/ })).toBeInTheDocument();
    for (const name of downloads) expect(screen.getByRole('button', { name })).toBeDisabled();
  });
});
