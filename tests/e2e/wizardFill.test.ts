import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellsOfTable } from '../../src/model/cellCatalog.ts';
import { getCell } from '../../src/model/cellAccess.ts';
import { defaultReportYear } from '../../src/model/reportYear.ts';
import { formatCellInput } from '../../src/model/parseCellInput.ts';
import { readReportText } from '../../src/model/readReport.ts';
import { exampleReport } from '../../src/ui/example/exampleReport.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { cell, field, invalidCells, openStep, pasteText, progressNumber, tableBlock, waitForSaved } from './wizardActions.ts';

// The clerk writes the example agency's report by hand: keyboard for tables 二 and 四, a pasted Excel block for 三.
const year = defaultReportYear();
const target = exampleReport(year);
const shown = (path: string) => {
  const value = getCell(target, path);
  return typeof value === 'number' ? formatCellInput(value) : '';
};

describe('wizard: write a complete report in Chromium', () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await openApp();
    await session.page.getByRole('button', { name: '关闭提示，直接填写' }).click();
  });
  afterAll(close);

  it('counts 已填 + 未填 as the 200 cells on first open, with the agency\'s name as its own item (not a 格)', async () => {
    const { page } = session;
    await expect.poll(() => page.locator('[data-progress="required"]').textContent()).toBe('机关全称未填');
    expect(await progressNumber(page, 'filled')).toBe(0);
    expect(await progressNumber(page, 'blanks')).toBe(200);
  });

  it('takes the basic information typed on the keyboard', async () => {
    const { page } = session;
    await field(page, 'meta.agency').focus();
    await page.keyboard.type(target.meta.agency);
    await field(page, 'meta.issuedOn').fill(target.meta.issuedOn ?? '');
    await field(page, 'meta.contact').focus();
    await page.keyboard.type(target.meta.contact ?? '');
    await page.keyboard.press('Tab');
    await page.keyboard.type(target.meta.address ?? '');
    await page.keyboard.press('Tab');
    await page.keyboard.type(target.meta.phone ?? '');
    expect(await field(page, 'meta.phone').inputValue()).toBe(target.meta.phone);
  });

  it('drops the agency\'s item once the name is typed', async () => {
    await expect.poll(() => session.page.locator('[data-progress="required"]').count()).toBe(0);
  });

  it('fills table 二 and table 四 cell by cell from the keyboard', async () => {
    const { page } = session;
    for (const [label, table] of [['二、主动公开政府信息情况', 'active'], ['四、政府信息公开行政复议、行政诉讼情况', 'appeals']] as const) {
      await openStep(page, label);
      for (const def of cellsOfTable(table)) {
        await cell(page, def.path).focus();
        await page.keyboard.type(shown(def.path));
        await page.keyboard.press('Tab');
        // 已填 and 未填 are one count: they add up to the 200 cells at every moment, not only after a pause.
        const [filled, blanks] = await page.evaluate(() => ['filled', 'blanks'].map((which) => Number(document.querySelector(`[data-progress="${which}"]`)?.textContent)));
        expect((filled ?? 0) + (blanks ?? 0), def.path).toBe(200);
      }
      for (const def of cellsOfTable(table)) expect(await cell(page, def.path).inputValue(), def.path).toBe(shown(def.path));
    }
  });

  it('fills table 三 from one pasted Excel block (tab-separated rows) starting at the first cell', async () => {
    const { page } = session;
    await openStep(page, '三、收到和处理政府信息公开申请情况');
    await cell(page, 'tables.requests.received.natural').focus();
    await pasteText(page, tableBlock(target, 'requests'));
    for (const def of cellsOfTable('requests')) expect(await cell(page, def.path).inputValue(), def.path).toBe(shown(def.path));
  });

  it('takes the narrative parts typed into their fields', async () => {
    const { page } = session;
    await openStep(page, '一、总体情况');
    await field(page, 'text.preamble').focus();
    await page.keyboard.insertText(target.text.preamble);
    for (const [index, section] of target.text.overview.sections.entries()) {
      await field(page, `text.overview.sections.${index}.body`).focus();
      await page.keyboard.insertText(section.body);
    }
    await field(page, 'text.overview.sections.0.body').press('Control+End');
    await page.keyboard.type('（已核对）');
    await openStep(page, '五、存在的主要问题及改进情况');
    await field(page, 'text.problems').focus();
    await page.keyboard.insertText(target.text.problems);
    await openStep(page, '六、其他需要报告的事项');
    await field(page, 'text.other').focus();
    await page.keyboard.insertText(target.text.other);
    expect(await field(page, 'text.other').inputValue()).toBe(target.text.other);
  });

  it('counts every cell filled and no error left', async () => {
    const { page } = session;
    await expect.poll(() => progressNumber(page, 'filled')).toBe(200);
    await expect.poll(() => progressNumber(page, 'errors')).toBe(0);
    expect(await invalidCells(page)).toEqual([]);
  });

  it('marks exactly the cells of the broken rules when the balance is broken, and clears them when fixed', async () => {
    const { page } = session;
    await openStep(page, '三、收到和处理政府信息公开申请情况');
    const received = cell(page, 'tables.requests.received.natural');
    await received.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(Number(getCell(target, 'tables.requests.received.natural')) + 1));
    // 一 of 自然人 now breaks the balance of its column and the total of its row.
    await expect.poll(() => invalidCells(page)).toEqual(['tables.requests.received.natural', 'tables.requests.received.total']);
    await expect.poll(() => page.locator('.findings-list [data-rule="balance"]').count()).toBe(1);
    expect(await page.locator('nav.step-nav button[data-step="requests"] [data-badge="errors"]').textContent()).toContain('2');

    // The finding opens its step and focuses its cell, from another step.
    await openStep(page, '基本信息');
    await page.locator('.findings-list [data-rule="balance"] button').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('tables.requests.received.natural');

    await page.keyboard.press('Control+A');
    await page.keyboard.type(shown('tables.requests.received.natural'));
    await page.keyboard.press('Tab');
    await expect.poll(() => invalidCells(page)).toEqual([]);
    await expect.poll(() => progressNumber(page, 'errors')).toBe(0);
  });

  it('finds everything again after a reload', async () => {
    const { page } = session;
    await waitForSaved(page);
    await page.reload();
    // The reload returns to the step the clerk was on (三); the basic facts are one click away.
    await page.locator('#step-heading', { hasText: '三、收到和处理政府信息公开申请情况' }).waitFor();
    await openStep(page, '基本信息');
    expect(await field(page, 'meta.agency').inputValue()).toBe(target.meta.agency);
    expect(await field(page, 'meta.phone').inputValue()).toBe(target.meta.phone);
    await openStep(page, '三、收到和处理政府信息公开申请情况');
    for (const def of cellsOfTable('requests')) expect(await cell(page, def.path).inputValue(), def.path).toBe(shown(def.path));
    await openStep(page, '一、总体情况');
    expect(await field(page, 'text.overview.sections.0.body').inputValue()).toBe(`${target.text.overview.sections[0]?.body}（已核对）`);
    await openStep(page, '六、其他需要报告的事项');
    expect(await field(page, 'text.other').inputValue()).toBe(target.text.other);
    await expect.poll(() => progressNumber(page, 'filled')).toBe(200);
  });

  it('keeps what was typed when the tab is closed right after typing', async () => {
    const { page } = session;
    await openStep(page, '五、存在的主要问题及改进情况');
    await field(page, 'text.problems').press('Control+End');
    await page.keyboard.type('最后一句。');
    await page.close({ runBeforeUnload: true });
    const again = await session.newPage();
    await again.locator('#step-heading').waitFor();
    await openStep(again, '五、存在的主要问题及改进情况');
    expect(await field(again, 'text.problems').inputValue()).toBe(`${target.text.problems}最后一句。`);
  });

  it('saves the report as a .json file in the report format, equal to what was typed', async () => {
    const page = session.context.pages().at(-1)!;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存为文件' }).click()]);
    expect(download.suggestedFilename()).toBe(`${target.meta.agency}${year}年政府信息公开工作年度报告.json`);
    const read = readReportText(readFileSync((await download.path())!, 'utf8'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.report.tables).toEqual(target.tables);
    expect(read.report.meta.issuedOn).toBe(target.meta.issuedOn);
    expect(read.report.text.other).toBe(target.text.other);
  });

  it('made no request to another host', () => {
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
