// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImportPanel } from '../../../src/ui/import/ImportPanel.tsx';
import type { Report } from '../../../src/model/reportSchema.ts';
import { readFixture } from '../../import/readFixture.ts';

const setup = () => {
  const onAccept = vi.fn<(report: Report) => void>();
  const onCancel = vi.fn();
  render(<ImportPanel onAccept={onAccept} onCancel={onCancel} />);
  return { onAccept, onCancel, user: userEvent.setup() };
};

describe('ImportPanel', () => {
  it('reads a chosen file and shows agency, year, table fills and the notes before anything is replaced', async () => {
    const { onAccept, user } = setup();
    const file = new File([readFixture('pipe-rows.txt')], '年报.txt', { type: 'text/plain' });
    await user.upload(screen.getByTestId('import-file-input'), file);
    const result = await screen.findByTestId('import-result');
    expect(within(result).getByText('示例县交通运输局')).toBeInTheDocument();
    expect(within(result).getByText('2024年')).toBeInTheDocument();
    expect(within(result).getByRole('row', { name: /二、主动公开政府信息情况 9 \/ 10/ })).toBeInTheDocument();
    expect(within(result).getByRole('row', { name: /三、收到和处理政府信息公开申请情况 175 \/ 175/ })).toBeInTheDocument();
    expect(within(result).getByText('表二「行政强制 / 本年处理决定数量」为空白，已留空')).toBeInTheDocument();
    expect(onAccept).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: '使用这份报告' }));
    expect(onAccept).toHaveBeenCalledTimes(1);
    expect(onAccept.mock.calls[0]?.[0].tables.active.fees).toEqual({ amount: 3.6 });
  });

  it('uses the clipboard\'s text/html when present', async () => {
    const { onAccept, user } = setup();
    const html = readFixture('pasted-fragment.html');
    fireEvent.paste(screen.getByRole('textbox'), {
      clipboardData: { getData: (format: string) => (format === 'text/html' ? html : '纯文本里没有表格') },
    });
    await screen.findByTestId('import-result');
    expect(screen.getByText('所有内容都已读出，没有需要核对的地方。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '使用这份报告' }));
    expect(onAccept.mock.calls[0]?.[0].tables.active.coercion).toEqual({ decisions: 2 });
  });

  it('reads typed or pasted plain text on request', async () => {
    const { user } = setup();
    const box = screen.getByRole('textbox');
    fireEvent.change(box, { target: { value: readFixture('cell-per-line.txt') } });
    await user.click(screen.getByRole('button', { name: '读取文字' }));
    const result = await screen.findByTestId('import-result');
    expect(within(result).getByText('某某市市场监督管理局')).toBeInTheDocument();
  });

  it('shows a clear message for a broken Word file and hands nothing on', async () => {
    const { onAccept, onCancel, user } = setup();
    await user.upload(screen.getByTestId('import-file-input'), new File([new Uint8Array([0x50, 0x4b, 1, 2, 3])], '年报.docx'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/年报\.docx：Word 文件已损坏.*当前报告没有改动/);
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onAccept).not.toHaveBeenCalled();
  });

  it('says when a report uses the 2019 format', async () => {
    const { user } = setup();
    await user.upload(screen.getByTestId('import-file-input'), new File([readFixture('trial-format-2019.txt')], 'old.txt'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('2019年试行格式'));
  });
});

describe('ImportPanel: building this year on last year\'s published report', () => {
  it('hands on a next-year draft with 二、上年结转 filled and last year kept for the checks', async () => {
    const { onAccept, user } = setup();
    await user.upload(screen.getByTestId('import-file-input'), new File([readFixture('published-page.html')], '2024.html', { type: 'text/html' }));
    await user.click(await screen.findByRole('button', { name: '以此为上年报告，新建2025年度' }));
    const draft = onAccept.mock.calls[0]?.[0];
    expect(draft?.meta).toMatchObject({ agency: '示例县交通运输局', year: 2025, lastYear: { year: 2024, inForce: { normativeDocuments: 12 } } });
    expect(draft?.tables.requests.carriedOver).toMatchObject({ natural: 1, total: 1 });
    expect(draft?.text.problems).toBe('');
  });
});
