import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureDir } from '../import/readFixture.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { cell, field, openStep } from './wizardActions.ts';

const requestsStep = '三、收到和处理政府信息公开申请情况';

// What has the keyboard: the data-action / data-cell / id / text of the focused element.
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return 'body';
    return active.dataset.action ?? active.dataset.cell ?? (active.id || (active.textContent ?? '').trim().slice(0, 20));
  });

describe('keyboard focus after dialogs and panels, skip links, the open draft and its step (Chromium 1366×768)', () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await openApp({ viewport: { width: 1366, height: 768 } });
    await session.page.getByRole('heading', { name: '基本信息' }).waitFor();
  });
  afterAll(close);

  it('gives the focus back to 草稿与文件 after Esc and after 关闭', async () => {
    const { page } = session;
    const opener = page.locator('[data-action="drafts"]');
    await opener.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('drafts');

    await page.keyboard.press('Enter');
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => focused(page)).toBe('drafts');
  });

  it('moves into the import panel when it opens and back to its button when cancelled (welcome banner)', async () => {
    const { page } = session;
    const banner = page.locator('section.welcome');
    await banner.getByRole('button', { name: '导入已发布的报告' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('导入已发布的年度报告');
    await banner.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => focused(page)).toBe('import');
  });

  it('after 读取文字 puts the focus on what was read, and after 使用这份报告 back on 草稿与文件', async () => {
    const { page } = session;
    await page.locator('[data-action="drafts"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /导入已发布的报告/ }).click();
    await dialog.getByRole('textbox').fill(readFileSync(join(fixtureDir, 'pipe-rows.txt'), 'utf8'));
    await dialog.getByRole('button', { name: '读取文字' }).click();
    await page.getByTestId('import-result').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^已读取输入的文字/);
    await dialog.getByRole('button', { name: '使用这份报告' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('drafts');
  });

  it('names the open draft in the header, live as the agency is typed', async () => {
    const { page } = session;
    const name = page.locator('[data-open-draft]');
    await openStep(page, '基本信息');
    await field(page, 'meta.agency').fill('某某县交通运输局');
    await expect.poll(() => name.textContent()).toMatch(/正在编辑：某某县交通运输局 \d{4}年度/);
    expect(await page.locator('[data-example-tag]').count()).toBe(0);
  });

  it('keeps the year visible in the header beside a long agency name (at 1024 px, shortened with …)', async () => {
    const { page } = session;
    const before = page.viewportSize();
    await page.setViewportSize({ width: 1024, height: 768 });
    try {
      const long = '某某省某某市某某经济技术开发区管理委员会自然资源和规划建设管理局办公室';
      await field(page, 'meta.agency').fill(long);
      const year = page.locator('[data-open-draft-year]');
      await expect.poll(() => year.textContent()).toMatch(/\d{4}年度/);
      const boxes = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
        const name = box('.open-draft-name');
        const yearBox = box('[data-open-draft-year]');
        return { name: name && { left: name.left, right: name.right }, year: yearBox && { left: yearBox.left, right: yearBox.right, width: yearBox.width } };
      });
      // The year is drawn whole inside the name's box, not cut off by it.
      expect(boxes.year?.width).toBeGreaterThan(20);
      expect(boxes.year!.right).toBeLessThanOrEqual(boxes.name!.right + 0.5);
      expect(boxes.year!.left).toBeGreaterThanOrEqual(boxes.name!.left);
      await field(page, 'meta.agency').fill('某某县交通运输局');
      await expect.poll(() => page.locator('[data-open-draft]').textContent()).toMatch(/某某县交通运输局 \d{4}年度/);
    } finally {
      if (before) await page.setViewportSize(before);
    }
  });

  it('marks the example as 示例 in the header and over the steps, and leads back to the clerk\'s own report', async () => {
    const { page } = session;
    await page.locator('[data-action="drafts"]').click();
    await page.getByRole('dialog').getByRole('button', { name: '打开示例报告' }).click();
    await page.locator('[data-example-notice]').waitFor();
    expect(await page.locator('[data-open-draft] [data-example-tag]').textContent()).toBe('示例');
    await openStep(page, requestsStep);
    expect(await page.locator('[data-example-notice]').isVisible()).toBe(true);
    await page.getByRole('button', { name: '回到我的报告' }).click();
    await expect.poll(() => page.locator('[data-open-draft]').textContent()).toContain('某某县交通运输局');
    expect(await page.locator('[data-example-notice]').count()).toBe(0);
  });

  it('returns to the step the clerk was on after a reload', async () => {
    const { page } = session;
    await openStep(page, '四、政府信息公开行政复议、行政诉讼情况');
    await page.reload();
    await page.locator('#step-heading', { hasText: '四、政府信息公开行政复议、行政诉讼情况' }).waitFor();
    expect(await page.locator('nav.step-nav button[data-step="appeals"]').getAttribute('aria-current')).toBe('step');
    expect(await page.locator('[data-open-draft]').textContent()).toContain('某某县交通运输局');
  });

  it('skips table 三 in one key press instead of 168 Tabs, and jumps to the findings', async () => {
    const { page } = session;
    await openStep(page, requestsStep);
    await page.locator('[data-action="redo"]').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('跳过此表格');
    expect(await page.locator('.grid-skip .skip-link').first().isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('after-grid-requests');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.step-pager') !== null)).toBe(true);

    await page.locator('[data-action="redo"]').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('跳到检查结果');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('findings-heading');
    // The list fills after the checks' pause (and the text checks' chunk): wait for its first item.
    await page.locator('.findings-panel button').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.findings-panel') !== null)).toBe(true);
  });

  it('ArrowUp from the last row to the first never leaves the focused cell under the sticky headings', async () => {
    const { page } = session;
    await openStep(page, requestsStep);
    await cell(page, 'tables.requests.carriedForward.total').focus();
    const hidden: string[] = [];
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press('ArrowUp');
      const place = await page.evaluate(() => {
        const input = document.activeElement as HTMLElement;
        const head = document.querySelector('[data-table="requests"] thead')!.getBoundingClientRect();
        return { cell: input.dataset.cell ?? '', top: input.getBoundingClientRect().top, headBottom: head.bottom };
      });
      if (place.top < place.headBottom - 1) hidden.push(`${place.cell} at ${place.top} under ${place.headBottom}`);
    }
    expect(await focused(page)).toBe('tables.requests.received.total');
    expect(hidden).toEqual([]);
  });

  it('threw no error and asked no other host', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.externalRequests).toEqual([]);
  });

  it('at 1024×768 no table row shows between the page header and table 三\'s sticky headings', async () => {
    const { page } = session;
    const before = page.viewportSize();
    await page.setViewportSize({ width: 1024, height: 768 });
    try {
      await openStep(page, requestsStep);
      await cell(page, 'tables.requests.carriedForward.natural').focus();
      await expect.poll(() => page.evaluate(() => document.querySelector('.table-grid thead')!.getBoundingClientRect().top)).toBeLessThan(200);
      const gap = await page.evaluate(() => {
        const head = document.querySelector('.table-grid thead')!.getBoundingClientRect();
        const header = document.querySelector('.app-header')!.getBoundingClientRect();
        return head.top - header.bottom;
      });
      // The headings meet the page header (they may tuck under it by less than a pixel), leaving no sliver.
      expect(gap).toBeLessThanOrEqual(0);
      expect(gap).toBeGreaterThan(-1);
    } finally {
      if (before) await page.setViewportSize(before);
    }
  });
});
