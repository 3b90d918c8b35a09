import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { cell, openStep } from './wizardActions.ts';

const first = 'tables.requests.received.commercial';
const second = 'tables.requests.carriedOver.research';
const above = 'tables.requests.received.research';
const below = 'tables.requests.disclosed.commercial';

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
const boxOf = (page: Page, selector: string) => page.locator(selector).evaluate((element) => element.getBoundingClientRect().toJSON() as Box);
const tdOf = (path: string) => `td:has(> [data-cell="${path}"])`;
const visibleTips = (page: Page) => page.locator('.cell-tip').evaluateAll((tips) => tips.filter((tip) => getComputedStyle(tip).display !== 'none').length);

describe('error tips on grid cells (Chromium 1366×768)', () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await openApp({ viewport: { width: 1366, height: 768 } });
    const { page } = session;
    await page.getByRole('heading', { name: '基本信息' }).waitFor();
    await openStep(page, '三、收到和处理政府信息公开申请情况');
    for (const path of [first, second]) {
      await cell(page, path).focus();
      await page.keyboard.type('-1');
    }
    await cell(page, first).focus();
    await page.locator(`${tdOf(first)} .cell-tip`).waitFor();
  });
  afterAll(close);

  it('shows the focused cell\'s tip without covering that cell, the cell above or the column headings', async () => {
    const { page } = session;
    const tip = await boxOf(page, `${tdOf(first)} .cell-tip`);
    expect(tip.bottom - tip.top).toBeGreaterThan(5);
    expect(overlaps(tip, await boxOf(page, tdOf(first)))).toBe(false);
    expect(overlaps(tip, await boxOf(page, tdOf(above)))).toBe(false);
    expect(overlaps(tip, await boxOf(page, '[data-table="requests"] thead'))).toBe(false);
  });

  it('lets the pointer through: a click on the cell under the tip edits that cell', async () => {
    const { page } = session;
    const tip = await boxOf(page, `${tdOf(first)} .cell-tip`);
    const under = await boxOf(page, tdOf(below));
    expect(overlaps(tip, under)).toBe(true);
    const x = (Math.max(tip.left, under.left) + Math.min(tip.right, under.right)) / 2;
    const y = (Math.max(tip.top, under.top) + Math.min(tip.bottom, under.bottom)) / 2;
    await page.mouse.click(x, y);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(below);
  });

  it('shows one tip at a time: hovering another marked cell while one is focused adds none', async () => {
    const { page } = session;
    await cell(page, first).focus();
    await page.locator(tdOf(second)).hover();
    expect(await visibleTips(page)).toBe(1);
    await page.locator('[data-action="redo"]').focus();
    await page.locator(tdOf(second)).hover();
    expect(await visibleTips(page)).toBe(1);
    expect(await page.locator(`${tdOf(second)} .cell-tip`).evaluate((tip) => getComputedStyle(tip).display)).toBe('block');
  });
});
