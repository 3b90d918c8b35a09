import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCell } from '../../src/model/cellAccess.ts';
import { renderPlainText } from '../../src/render/text/renderPlainText.ts';
import { exampleAgency, exampleReport } from '../../src/ui/example/exampleReport.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { cell, field, invalidCells, openStep, progressNumber } from './wizardActions.ts';

const dialog = (page: Page) => page.getByRole('dialog', { name: '草稿与文件' });

async function openDrafts(page: Page) {
  await page.getByRole('button', { name: '草稿与文件' }).click();
  await dialog(page).waitFor();
}

describe('wizard: example, next year, import, live text checks (Chromium)', () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(close);

  it('opens the example report as its own draft: complete, balanced, no error', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '先看看示例报告' }).click();
    await expect.poll(() => field(page, 'meta.agency').inputValue()).toBe(exampleAgency);
    await expect.poll(() => progressNumber(page, 'filled')).toBe(200);
    await expect.poll(() => progressNumber(page, 'errors')).toBe(0);
    await openDrafts(page);
    expect(await page.locator('.drafts-table tbody tr[data-draft]').count()).toBe(2);
    await dialog(page).getByRole('button', { name: '关闭' }).click();
  });

  it('flags a narrative date written with 元月 live, on the step badge and in the panel, and leads to the field', async () => {
    const { page } = session;
    await openStep(page, '六、其他需要报告的事项');
    await field(page, 'text.other').press('Control+End');
    await page.keyboard.type('本报告于2026年元月6日定稿。');
    const finding = page.locator('.findings-list [data-rule="date-format"]');
    await finding.waitFor();
    expect(await finding.textContent()).toContain('2026年1月6日');
    // The badges follow the panel after the same short pause (typing passes through other states first).
    await expect.poll(() => page.locator('nav.step-nav button[data-step="other"] [data-badge="warnings"]').textContent()).toContain('1');
    await openStep(page, '基本信息');
    await finding.locator('button').first().click(); // the second is 标为已核实…
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('text.other');
    await page.keyboard.press('Control+End');
    for (let i = 0; i < '本报告于2026年元月6日定稿。'.length; i += 1) await page.keyboard.press('Backspace');
    await finding.waitFor({ state: 'detached' });
  });

  it('inserts a sentence from the drafting tools at the cursor of the field', async () => {
    const { page } = session;
    await openStep(page, '六、其他需要报告的事项');
    const other = field(page, 'text.other');
    const before = await other.inputValue();
    await other.focus();
    await page.keyboard.press('Control+Home');
    await page.getByRole('button', { name: '插入按表格生成的句子' }).click();
    const item = page.getByRole('menu', { name: '按表格生成的句子' }).getByRole('menuitem').first();
    const sentence = (await item.textContent()) ?? '';
    await item.click();
    await expect.poll(() => other.inputValue()).not.toBe(before);
    const after = await other.inputValue();
    expect(after.endsWith(before)).toBe(true);
    expect(after.length).toBeGreaterThan(before.length);
    expect(sentence.length).toBeGreaterThan(0);
  });

  it('treats only the inserted sentence as generated: a table change makes it outdated, one click updates it, the clerk\'s words stay', async () => {
    const { page } = session;
    await openStep(page, '六、其他需要报告的事项');
    const other = field(page, 'text.other');
    const clerks = await other.inputValue();
    // The example's own 六 reads like a generated sentence but was not inserted: nothing to update yet.
    expect(await page.getByRole('button', { name: /^更新生成的句子/ }).count()).toBe(0);
    await openStep(page, '三、收到和处理政府信息公开申请情况');
    const total = cell(page, 'tables.requests.otherHandling.feeUnpaid.total');
    const natural = cell(page, 'tables.requests.otherHandling.feeUnpaid.natural');
    const was = { total: await total.inputValue(), natural: await natural.inputValue() };
    await natural.fill(String(Number(was.natural) + 1));
    await natural.press('Enter');
    await total.fill(String(Number(was.total) + 1));
    await total.press('Enter');
    await openStep(page, '六、其他需要报告的事项');
    const refresh = page.getByRole('button', { name: '更新生成的句子（1 处）' });
    await refresh.waitFor();
    await refresh.click();
    await expect.poll(() => other.inputValue()).toContain(`本机关不再处理的申请${Number(was.total) + 1}件`);
    const updated = await other.inputValue();
    // Only the inserted sentence (first, ending at its 。) changed; the clerk's text after it is as it was.
    expect(updated.slice(updated.indexOf('。') + 1)).toBe(clerks.slice(clerks.indexOf('。') + 1));
    expect(updated.indexOf('。')).not.toBe(clerks.indexOf('。'));
    await expect.poll(() => page.getByRole('button', { name: /^更新生成的句子/ }).count()).toBe(0);
    // Put the table back for the tests after this one.
    await openStep(page, '三、收到和处理政府信息公开申请情况');
    await natural.fill(was.natural);
    await natural.press('Enter');
    await total.fill(was.total);
    await total.press('Enter');
  });

  it('starts next year\'s draft from this one, with last year\'s text beside 五 for reference', async () => {
    const { page } = session;
    await openDrafts(page);
    const year = exampleReport().meta.year;
    await page.locator('.drafts-table tr[aria-current="true"]').getByRole('button', { name: `基于此报告新建${year + 1}年度` }).click();
    await dialog(page).waitFor({ state: 'detached' });
    expect(await field(page, 'meta.year').inputValue()).toBe(String(year + 1));
    expect(await field(page, 'meta.agency').inputValue()).toBe(exampleAgency);
    await openStep(page, '五、存在的主要问题及改进情况');
    const reference = page.getByRole('complementary', { name: /上年度报告/ });
    expect(await reference.textContent()).toContain(exampleReport().text.problems.split('\n')[0]!.slice(0, 20));
    expect(await field(page, 'text.problems').inputValue()).toBe('');
    // 二、上年结转 came from last year's report: the table says so, and each such cell names its source.
    await openStep(page, '三、收到和处理政府信息公开申请情况');
    expect(await page.locator('[data-carried-over]').textContent()).toContain(`按 ${year} 年度报告的“四、结转下年度继续办理”填入`);
    await cell(page, 'tables.requests.carriedOver.total').focus();
    await expect.poll(() => page.locator('[data-carried-tip-for="tables.requests.carriedOver.total"]').textContent()).toContain(`由 ${year} 年度报告的“四、结转下年度继续办理”带入`);
  });

  it('imports a published report pasted as text into a new draft', async () => {
    const { page } = session;
    await openDrafts(page);
    await dialog(page).getByRole('button', { name: /导入已发布的报告/ }).click();
    const pasted = renderPlainText({ ...exampleReport(), meta: { ...exampleReport().meta, agency: '示例县交通运输局' } });
    await dialog(page).locator('textarea').fill(pasted);
    await dialog(page).getByRole('button', { name: '读取文字' }).click();
    await dialog(page).getByRole('button', { name: '使用这份报告' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => field(page, 'meta.agency').inputValue()).toBe('示例县交通运输局');
    await openStep(page, '三、收到和处理政府信息公开申请情况');
    expect(await cell(page, 'tables.requests.received.total').inputValue()).toBe(String(getCell(exampleReport(), 'tables.requests.received.total')));
    expect(await invalidCells(page)).toEqual([]);
  });

  it('made no request to another host', () => {
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
