// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useEffect } from 'react';
import { FormProvider, useForm, type DefaultValues, type UseFormReturn } from 'react-hook-form';
import { render, screen, waitFor, fireEvent } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { Report } from '../../../src/model/reportSchema.ts';
import { createFindingsStore } from '../../../src/ui/findings/findingsStore.ts';
import { FindingsProvider } from '../../../src/ui/findings/FindingsContext.tsx';
import { TableGrid } from '../../../src/ui/grid/TableGrid.tsx';
import { LedgerHost } from '../../../src/ui/ledger/LedgerHost.tsx';
import { input, r, reportWith } from '../grid/gridHarness.tsx';
import { ledgerXlsx } from '../../fixtures/ledgerFiles.ts';
import { readLedgerText } from '../../../src/import/ledger/readLedgerText.ts';
import { countLedger } from '../../../src/model/ledger/countLedger.ts';
import { keepLedger } from '../../../src/model/ledger/keepLedger.ts';
import { readReportText } from '../../../src/model/readReport.ts';

function mount(report: Report = reportWith({ [r('received', 'commercial')]: 5 })) {
  const store = createFindingsStore();
  let form: UseFormReturn<Report> | undefined;
  function Harness() {
    const created = useForm<Report>({ defaultValues: report as DefaultValues<Report> });
    form = created;
    useEffect(() => store.recompute(created.getValues()), [created]);
    return (
      <FormProvider {...created}>
        <FindingsProvider store={store}>
          <LedgerHost />
          <TableGrid table="requests" />
        </FindingsProvider>
      </FormProvider>
    );
  }
  const result = render(<Harness />);
  if (!form) throw new Error('no form');
  return { ...result, form, store };
}

const pastedLedger = [
  '序号\t收到日期\t申请人类型\t办理结果\t答复日期',
  '1\t2025/3/5\t自然人\t予以公开\t2025/3/20',
  '2\t2025年4月1日\t自然人\t（四）无法提供 1.本机关不掌握相关政府信息\t2025年4月9日',
  '3\t2025-05-06\t个人\t予以公开\t2025-05-07',
  '4\t2025-09-20\t商业企业\t逾期未缴纳费用\t2025-11-20',
].join('\n');

describe('LedgerHost', () => {
  it('counts pasted rows, previews the differences, applies as one undo step and tells where a cell comes from', async () => {
    const user = userEvent.setup();
    const { container, form } = mount();
    await user.click(screen.getByRole('button', { name: '从台账计数表三…' }));
    const textarea = await screen.findByRole('textbox', { name: '或粘贴台账（含标题行）' }, { timeout: 20_000 });
    fireEvent.change(textarea, { target: { value: pastedLedger } });
    await user.click(screen.getByRole('button', { name: '读取粘贴的台账' }));

    expect(screen.getByText(/共 4 行：计入 3 行，1 处问题/)).toBeInTheDocument();
    expect(container.querySelector('[data-deadline-row="5"]')?.textContent).toContain('第 5 行（序号 4）：2025年11月20日答复，超过 20 个工作日');
    expect(container.querySelector('[data-fee-sentence]')?.textContent).toContain('逾期未缴纳费用、本机关不再处理的申请1件');
    expect(screen.getByText(/第 4 行（序号 3）：申请人类型“个人”不是表三的六类之一/)).toBeInTheDocument();
    const preview = (path: string) => container.querySelector(`[data-preview-cell="${path}"]`);
    expect(preview(r('received', 'natural'))?.textContent).toBe('2（现为 空白）');
    expect(preview(r('received', 'commercial'))?.getAttribute('data-differs')).toBe('true');
    expect((screen.getByRole('combobox', { name: /收到日期/ }) as HTMLSelectElement).value).toBe('1');

    await user.click(screen.getByRole('button', { name: /填入表三/ }));
    expect(form.getValues(r('received', 'natural') as never)).toBe(2);
    expect(form.getValues(r('received', 'commercial') as never)).toBe(1);
    expect(form.getValues(r('unavailable.notHeld', 'total') as never)).toBe(1);
    await waitFor(() => expect(input(container, r('received', 'natural')).value).toBe('2'));
    expect(screen.getByText(/已按台账“粘贴的台账”填入表三：175 格有变化/)).toBeInTheDocument();
    // The count's problems and late answers stay listed with the draft once the panel has closed.
    const kept = container.querySelector('[data-ledger-kept]');
    expect(kept?.textContent).toContain('第 4 行（序号 3）：申请人类型“个人”不是表三的六类之一');
    expect(kept?.querySelector('[data-deadline-row="5"]')?.textContent).toContain('超过 20 个工作日');
    expect(form.getValues().meta.ledger).toMatchObject({ fileName: '粘贴的台账', lines: 4, countedLines: 3 });

    fireEvent.focusIn(input(container, r('received', 'natural')));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('台账中 2 行计入此格');
    await user.click(screen.getByRole('button', { name: '列出这些行' }));
    const listed = container.querySelector('[data-listed-for="tables.requests.received.natural"]');
    expect([...listed!.querySelectorAll('tr[data-row]')].map((row) => row.getAttribute('data-row'))).toEqual(['2', '3']);

    await user.click(container.querySelector<HTMLButtonElement>('[data-action="undo"]')!);
    expect(form.getValues(r('received', 'natural') as never)).toBeNull();
    expect(form.getValues(r('received', 'commercial') as never)).toBe(5);
    await waitFor(() => expect(input(container, r('received', 'commercial')).value).toBe('5'));

    // Cells that no longer hold the ledger's figure ask whether to detach them, or put the figure back.
    fireEvent.focusIn(input(container, r('received', 'natural')));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('此格已手工改为 空白，台账计 2。要让此格脱离台账吗？');
    await user.click(screen.getByRole('button', { name: '恢复为 2' }));
    expect(form.getValues(r('received', 'natural') as never)).toBe(2);
    expect(screen.getByRole('tooltip')).not.toHaveTextContent('手工改为');
    fireEvent.focusIn(input(container, r('received', 'commercial')));
    await user.click(await screen.findByRole('button', { name: '脱离台账' }));
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(form.getValues(r('received', 'commercial') as never)).toBe(5);
  }, 120_000);

  it('reads an .xlsx chosen as a file and says when a required column is missing', async () => {
    const user = userEvent.setup();
    const { container } = mount();
    await user.click(screen.getByRole('button', { name: '从台账计数表三…' }));
    const bytes = await ledgerXlsx([['序号', '日期', '申请人类型'], ['1', 45721, '自然人']]);
    const fileInput = await waitFor(() => {
      const found = container.querySelector<HTMLInputElement>('[data-action="ledger-file"]');
      if (!found) throw new Error('no file input yet');
      return found;
    }, { timeout: 20_000 });
    await user.upload(fileInput, new File([bytes as BlobPart], '台账.xlsx'));
    expect(await screen.findByText(/请为“收到日期”选择台账中的列/, {}, { timeout: 10_000 })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /收到日期/ }), '1');
    expect(await screen.findByText(/共 1 行：计入 1 行，全部计入/)).toBeInTheDocument();
  }, 120_000);

  it('keeps the count with the draft: a reopened draft lists its problems and each cell\'s lines; one status line, the latest', async () => {
    const user = userEvent.setup();
    const sheet = readLedgerText(pastedLedger);
    const count = countLedger(sheet, { year: 2025 });
    if (!count.ok) throw new Error(count.error);
    // Saved and read back as a file: the kept count goes through the report file's schema.
    const saved = readReportText(JSON.stringify({ ...reportWith(count.cells), meta: { ...reportWith().meta, ledger: keepLedger('台账.xlsx', sheet, count, '2026-01-10') } }));
    if (!saved.ok) throw new Error(saved.error);
    const { container } = mount(saved.report);
    const kept = container.querySelector('[data-ledger-kept]');
    expect(kept?.textContent).toContain('表三按台账“台账.xlsx”计数（2026-01-10，2025 年度）：共 4 行，计入 3 行，1 行未计入；1 处问题如下');
    expect(kept?.textContent).toContain('第 4 行（序号 3）');
    fireEvent.focusIn(input(container, r('received', 'natural')));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('台账中 2 行计入此格');
    await user.click(screen.getByRole('button', { name: '列出这些行' }));
    const listed = container.querySelector('[data-listed-for="tables.requests.received.natural"]');
    expect([...listed!.querySelectorAll('tr[data-row]')].map((row) => row.textContent)).toEqual(['212025/3/5自然人予以公开2025/3/20', '322025年4月1日自然人（四）无法提供 1.本机关不掌握相关政府信息2025年4月9日']);

    // An older message never stays beside a newer one: the ledger's fill speaks in table 三's one status line.
    await user.click(container.querySelector<HTMLButtonElement>('[data-action="undo"]')!);
    const line = () => container.querySelector('.grid-message')?.textContent ?? '';
    expect(line()).toBe('没有可以撤销的修改。');
    await user.click(screen.getByRole('button', { name: '重新计数…' }));
    const textarea = await screen.findByRole('textbox', { name: '或粘贴台账（含标题行）' }, { timeout: 20_000 });
    fireEvent.change(textarea, { target: { value: pastedLedger.replace('2025/3/5', '2025/3/6') } });
    await user.click(screen.getByRole('button', { name: '读取粘贴的台账' }));
    await user.click(screen.getByRole('button', { name: /填入表三/ }));
    expect(line()).toMatch(/^已按台账“粘贴的台账”填入表三/);
    expect(screen.queryByText(/没有可以撤销的修改/)).toBeNull();
    // Detached: the count and its list go.
    await user.click(screen.getByRole('button', { name: '不再关联台账' }));
    expect(container.querySelector('[data-ledger-kept]')).toBeNull();
  }, 120_000);
});
