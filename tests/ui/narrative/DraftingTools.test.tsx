// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { generateDraft } from '../../../src/model/narrative/draftTemplate.ts';
import { appealsSummary, requestsSummary } from '../../../src/model/narrative/draftSentences.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { DraftingTools } from '../../../src/ui/narrative/DraftingTools.tsx';
import { FindingsProvider } from '../../../src/ui/findings/FindingsContext.tsx';
import { createFindingsStore } from '../../../src/ui/findings/findingsStore.ts';
import { sampleReport, withText } from '../../model/narrative/narrativeFixture.ts';

/** A field holding its text, as NarrativeField does: insert appends at the end (the cursor), replace swaps all. */
function renderTools(fieldPath: string, initial: string, reportRef: { current: Report }) {
  const valueRef = { current: initial };
  function Host() {
    const [value, setValue] = useState(initial);
    valueRef.current = value;
    return (
      <>
        <textarea aria-label="正文" value={value} onChange={(event) => setValue(event.target.value)} />
        <DraftingTools
          fieldPath={fieldPath}
          value={value}
          report={() => reportRef.current}
          insert={(text) => {
            const next = valueRef.current + text;
            setValue(next);
            return next;
          }}
          replace={(text) => setValue(text)}
          recordInserted={(records) => {
            reportRef.current = { ...reportRef.current, meta: { ...reportRef.current.meta, insertedSentences: records } };
          }}
        />
      </>
    );
  }
  render(<Host />);
  return valueRef;
}

const flushFrames = () => act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));

describe('DraftingTools', () => {
  it('inserts the 依申请公开 summary generated from the tables', async () => {
    const user = userEvent.setup();
    const report = { current: sampleReport() };
    const value = renderTools('text.requests', '本年度持续规范办理。', report);
    await user.click(screen.getByRole('button', { name: '插入按表格生成的句子' }));
    const item = screen.getByRole('menuitem', { name: /依申请公开情况/ });
    expect(item).toHaveAccessibleDescription(/本年度共新收政府信息公开申请12件/);
    await user.click(item);
    expect(value.current).toBe(`本年度持续规范办理。${generateDraft(requestsSummary, report.current)}`);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('已插入“依申请公开情况');
  });

  it('opens the menu and inserts with the keyboard alone', async () => {
    const user = userEvent.setup();
    const report = { current: sampleReport() };
    const value = renderTools('text.overview.sections.1.body', '', report);
    screen.getByRole('button', { name: '插入按表格生成的句子' }).focus();
    await user.keyboard('{ArrowDown}');
    await flushFrames();
    const items = within(screen.getByRole('menu')).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent?.slice(0, 7))).toEqual(['依申请公开情况', '行政复议、行政']);
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(value.current).toContain('被申请行政复议2件');
    expect(screen.getByRole('button', { name: '插入按表格生成的句子' })).toHaveFocus();
  });

  it('closes the menu with Escape without inserting', async () => {
    const user = userEvent.setup();
    const value = renderTools('text.other', '原文', { current: sampleReport() });
    await user.click(screen.getByRole('button', { name: '插入按表格生成的句子' }));
    await flushFrames();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(value.current).toBe('原文');
  });

  it('offers a sentence it cannot generate yet as unavailable, with the reason', async () => {
    const user = userEvent.setup();
    const value = renderTools('text.preamble', '', { current: sampleReport() });
    await user.click(screen.getByRole('button', { name: '插入按表格生成的句子' }));
    const contact = screen.getByRole('menuitem', { name: /公布网址和联系方式/ });
    expect(contact).toHaveAttribute('aria-disabled', 'true');
    expect(contact).toHaveAccessibleDescription('请先在基本信息中填写网址或联系电话');
    await user.click(contact);
    expect(value.current).toBe('');
  });

  it('shows no insert menu where no generated sentence fits', () => {
    renderTools('text.problems', '', { current: sampleReport() });
    expect(screen.queryByRole('button', { name: '插入按表格生成的句子' })).toBeNull();
  });

  it('previews 一键规范, applies it, and undoes it', async () => {
    const user = userEvent.setup();
    const value = renderTools('text.problems', '2025年元月6日,召开 会议.\n第二段', { current: sampleReport() });
    await user.click(screen.getByRole('button', { name: '一键规范' }));
    const preview = screen.getByRole('region', { name: /一键规范预览：共 4 处修改/ });
    expect(within(preview).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('标点“,” → “，”'),
      expect.stringContaining('标点“.” → “。”'),
      expect.stringContaining('日期“2025年元月6日” → “2025年1月6日”'),
      expect.stringContaining('空格“␣” → “（删除）”'),
    ]);
    expect(value.current).toBe('2025年元月6日,召开 会议.\n第二段');
    await user.click(within(preview).getByRole('button', { name: '应用修改' }));
    expect(value.current).toBe('2025年1月6日，召开会议。\n第二段');
    // The focus goes back to the control that opened the preview, not to <body>.
    expect(screen.getByRole('button', { name: '一键规范' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('已规范 4 处');
    await user.click(screen.getByRole('button', { name: '撤销规范' }));
    expect(value.current).toBe('2025年元月6日,召开 会议.\n第二段');
    expect(screen.queryByRole('button', { name: '撤销规范' })).toBeNull();
  });

  it('cancels the preview without changing the text', async () => {
    const user = userEvent.setup();
    const value = renderTools('text.problems', '召开 会议', { current: sampleReport() });
    await user.click(screen.getByRole('button', { name: '一键规范' }));
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('button', { name: '一键规范' })).toHaveFocus();
    expect(value.current).toBe('召开 会议');
  });

  it('says so when there is nothing to normalise', async () => {
    const user = userEvent.setup();
    renderTools('text.problems', '一切规范。', { current: sampleReport() });
    await user.click(screen.getByRole('button', { name: '一键规范' }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('无需修改');
  });

  it('drops the undo once the clerk types again, so no new words are lost', async () => {
    const user = userEvent.setup();
    renderTools('text.problems', '召开 会议', { current: sampleReport() });
    await user.click(screen.getByRole('button', { name: '一键规范' }));
    await user.click(screen.getByRole('button', { name: '应用修改' }));
    await user.type(screen.getByRole('textbox', { name: '正文' }), '补充');
    expect(screen.queryByRole('button', { name: '撤销规范' })).toBeNull();
  });

  it('refreshes generated sentences the tables no longer match, in one click', async () => {
    const user = userEvent.setup();
    const before = sampleReport();
    const after = sampleReport({ 'tables.requests.received.natural': 11, 'tables.requests.disclosed.natural': 6 });
    const old = generateDraft(requestsSummary, before) ?? '';
    const report = { current: { ...after, meta: { ...after.meta, insertedSentences: [{ field: 'text.requests', id: 'requests-summary', text: old }] } } };
    const value = renderTools('text.requests', `前言。${old}后记。`, report);
    expect(screen.getByText(/本段有 1 处按表格生成的句子与表格不符/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '更新生成的句子（1 处）' }));
    const now = generateDraft(requestsSummary, after) ?? '';
    expect(value.current).toBe(`前言。${now}后记。`);
    expect(report.current.meta.insertedSentences).toEqual([{ field: 'text.requests', id: 'requests-summary', text: now }]);
    expect(screen.queryByRole('button', { name: /更新生成的句子/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: '撤销更新' }));
    expect(value.current).toBe(`前言。${old}后记。`);
    expect(report.current.meta.insertedSentences).toEqual([{ field: 'text.requests', id: 'requests-summary', text: old }]);
  });

  it('records the sentence it inserts, word for word, with the part it went into', async () => {
    const user = userEvent.setup();
    const report = { current: sampleReport() };
    renderTools('text.requests', '前言。', report);
    await user.click(screen.getByRole('button', { name: '插入按表格生成的句子' }));
    await user.click(screen.getByRole('menuitem', { name: /依申请公开情况/ }));
    expect(report.current.meta.insertedSentences).toEqual([{ field: 'text.requests', id: 'requests-summary', text: generateDraft(requestsSummary, sampleReport()) }]);
  });

  it('offers no refresh for an opening in the clerk’s own words (nothing was inserted)', () => {
    const base = sampleReport();
    const report = { current: { ...base, meta: { ...base.meta, agency: '青石县自然资源局', website: 'https://www.qingshi.example.gov.cn', phone: '0578-6120001' } } };
    renderTools('text.preamble', '本报告电子版可在青石县人民政府门户网站查阅，如对本报告有疑问，请与青石县自然资源局办公室联系（电话：0578-6120000）。', report);
    expect(screen.queryByRole('button', { name: /更新生成的句子/ })).toBeNull();
    expect(screen.queryByText(/按表格生成的句子与表格不符/)).toBeNull();
  });
});

describe('DraftingTools inside the wizard’s findings store', () => {
  it('offers the refresh as soon as a table edit makes a sentence outdated, without the text changing', async () => {
    const before = sampleReport();
    const after = sampleReport({ 'tables.appeals.review.upheld': 2 });
    const text = generateDraft(appealsSummary, before) ?? '';
    const store = createFindingsStore();
    const record = (report: Report) => ({ ...report, meta: { ...report.meta, insertedSentences: [{ field: 'text.appeals', id: 'appeals-summary', text }] } });
    const reportRef = { current: record(withText(before, { appeals: text })) };
    store.recompute(reportRef.current);
    render(
      <FindingsProvider store={store}>
        <DraftingTools fieldPath="text.appeals" value={text} report={() => reportRef.current} insert={() => text} replace={() => undefined} recordInserted={() => undefined} />
      </FindingsProvider>,
    );
    expect(screen.queryByRole('button', { name: /^更新生成的句子/ })).toBeNull();
    reportRef.current = record(withText(after, { appeals: text }));
    act(() => store.recompute(reportRef.current));
    expect(screen.getByRole('button', { name: '更新生成的句子（1 处）' })).toBeInTheDocument();
  });
});
