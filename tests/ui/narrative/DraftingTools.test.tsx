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
          insert={(text) => setValue((v) => v + text)}
          replace={(text) => setValue(text)}
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
    const value = renderTools('text.requests', `前言。${old}后记。`, { current: after });
    expect(screen.getByText(/本段有 1 处按表格生成的句子与表格不符/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '更新生成的句子（1 处）' }));
    expect(value.current).toBe(`前言。${generateDraft(requestsSummary, after)}后记。`);
    expect(screen.queryByRole('button', { name: /更新生成的句子/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: '撤销更新' }));
    expect(value.current).toBe(`前言。${old}后记。`);
  });
});

describe('DraftingTools inside the wizard’s findings store', () => {
  it('offers the refresh as soon as a table edit makes a sentence outdated, without the text changing', async () => {
    const before = sampleReport();
    const after = sampleReport({ 'tables.appeals.review.upheld': 2 });
    const text = generateDraft(appealsSummary, before) ?? '';
    const store = createFindingsStore();
    const reportRef = { current: withText(before, { appeals: text }) };
    store.recompute(reportRef.current);
    render(
      <FindingsProvider store={store}>
        <DraftingTools fieldPath="text.appeals" value={text} report={() => reportRef.current} insert={() => undefined} replace={() => undefined} />
      </FindingsProvider>,
    );
    expect(screen.queryByRole('button', { name: /^更新生成的句子/ })).toBeNull();
    reportRef.current = withText(after, { appeals: text });
    act(() => store.recompute(reportRef.current));
    expect(screen.getByRole('button', { name: '更新生成的句子（1 处）' })).toBeInTheDocument();
  });
});
