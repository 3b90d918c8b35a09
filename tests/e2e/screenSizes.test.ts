import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { steps } from '../../src/ui/wizard/steps.ts';
import { close, openApp } from './browserHarness.ts';
import { cell, openStep } from './wizardActions.ts';

const tableSteps = [
  { table: 'active', label: '二、主动公开政府信息情况' },
  { table: 'requests', label: '三、收到和处理政府信息公开申请情况' },
  { table: 'appeals', label: '四、政府信息公开行政复议、行政诉讼情况' },
] as const;

async function started(viewport: { width: number; height: number }): Promise<Page> {
  const session = await openApp({ viewport });
  await session.page.getByRole('heading', { name: '基本信息' }).waitFor();
  return session.page;
}

/** The grid's box and its table: sideways overflow, and whether the table's right edge is inside the box. */
const gridFit = (page: Page, table: string) =>
  page.locator(`[data-table="${table}"] .grid-scroll`).evaluate((box) => {
    const tableBox = box.querySelector('table')!.getBoundingClientRect();
    const own = box.getBoundingClientRect();
    return { overflow: box.scrollWidth - box.clientWidth, rightInside: tableBox.right <= own.right + 0.5, wide: box.classList.contains('grid-scroll-wide') };
  });

afterAll(close);

describe('the wizard at 1366×768 (Chromium)', () => {
  it('shows tables 二, 三 and 四 whole, without sideways scrolling and with the right border inside', async () => {
    const page = await started({ width: 1366, height: 768 });
    for (const { table, label } of tableSteps) {
      await openStep(page, label);
      await page.locator(`[data-table="${table}"] [data-cell]`).first().waitFor();
      expect(await gridFit(page, table), table).toEqual({ overflow: 0, rightInside: true, wide: false });
    }
  });

  it('keeps the column labels of table 三 in view, above the cell, at its last row', async () => {
    const page = await started({ width: 1366, height: 768 });
    await openStep(page, tableSteps[1].label);
    await cell(page, 'tables.requests.carriedForward.total').focus();
    const place = await page.evaluate(() => {
      const header = document.querySelector('.app-header')!.getBoundingClientRect();
      const labels = [...document.querySelectorAll('[data-table="requests"] thead th')];
      const total = labels.find((th) => th.textContent === '总计')!.getBoundingClientRect();
      const natural = labels.find((th) => th.textContent === '自然人')!.getBoundingClientRect();
      const input = document.activeElement!.getBoundingClientRect();
      return { headerBottom: header.bottom, totalTop: total.top, totalBottom: total.bottom, naturalBottom: natural.bottom, inputTop: input.top, inputBottom: input.bottom };
    });
    expect(place.totalTop).toBeGreaterThanOrEqual(place.headerBottom - 1);
    expect(place.totalBottom).toBeLessThanOrEqual(place.inputTop + 1);
    expect(place.naturalBottom).toBeLessThanOrEqual(place.inputTop + 1);
    expect(place.inputBottom).toBeLessThanOrEqual(768);
    // The deepest row labels are wider than the figures: 1.属于国家秘密 fits on one line.
    const widths = await page.evaluate(() => {
      const label = [...document.querySelectorAll('[data-table="requests"] tbody th')].find((th) => th.textContent === '1.属于国家秘密')!;
      const value = document.querySelector('[data-cell="tables.requests.received.natural"]')!.closest('td')!;
      return { label: label.getBoundingClientRect().width, labelHeight: label.getBoundingClientRect().height, value: value.getBoundingClientRect().width, valueHeight: value.getBoundingClientRect().height };
    });
    expect(widths.label).toBeGreaterThan(2 * widths.value);
    expect(widths.labelHeight).toBeLessThanOrEqual(widths.valueHeight + 1);
  });
});

describe('the wizard at 1280×720 (Chromium)', () => {
  it('fits table 三 and 四; focusing 总计 keeps the row labels in view', async () => {
    const page = await started({ width: 1280, height: 720 });
    await openStep(page, tableSteps[2].label);
    await page.locator('[data-table="appeals"] [data-cell]').first().waitFor();
    expect((await gridFit(page, 'appeals')).overflow).toBe(0);
    await openStep(page, tableSteps[1].label);
    expect((await gridFit(page, 'requests')).overflow).toBe(0);
    await cell(page, 'tables.requests.received.total').focus();
    const label = await page.locator('[data-table="requests"] tbody th', { hasText: '一、本年新收政府信息公开申请数量' }).evaluate((th) => {
      const box = th.getBoundingClientRect();
      return { left: box.left, right: box.right };
    });
    expect(label.left).toBeGreaterThanOrEqual(0);
    expect(label.right).toBeLessThanOrEqual(1280);
  });
});

describe('the wizard at 1024 px and at 150% zoom (911×512, Chromium)', () => {
  it('at 1024×768 puts the findings beside table 三 in the first screen, and the welcome text says where things are', async () => {
    const page = await started({ width: 1024, height: 768 });
    const welcome = await page.locator('section.welcome').innerText();
    expect(welcome).toContain('上方的步骤');
    expect(welcome).toContain('右侧的“检查结果”');
    await openStep(page, tableSteps[1].label);
    const findings = await page.locator('#findings-heading').boundingBox();
    expect(findings!.y).toBeLessThan(768);
    expect((await gridFit(page, 'requests')).overflow).toBe(0);
  });

  it('at 911×512 every step can be clicked, and the findings can be reached and used', async () => {
    const page = await started({ width: 911, height: 512 });
    for (const step of [...steps].reverse()) {
      // Playwright's click fails when another element would receive it (a panel over the button).
      await page.locator(`nav.step-nav button[data-step="${step.id}"]`).click({ timeout: 5000 });
      await page.locator('#step-heading', { hasText: step.label }).waitFor();
    }
    await openStep(page, tableSteps[2].label);
    expect((await gridFit(page, 'appeals')).overflow).toBe(0);
    await page.locator('.findings-list li button').first().click({ timeout: 5000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-field') ?? document.activeElement?.getAttribute('data-cell'))).toBeTruthy();
  });

  it('at 700 px wide (200% zoom) puts the findings below and says 下方, with a skip link to them', async () => {
    const page = await started({ width: 700, height: 600 });
    const welcome = await page.locator('section.welcome').innerText();
    expect(welcome).toContain('下方的“检查结果”');
    expect(welcome).not.toContain('右侧');
    await page.locator('.app-header .skip-link').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('findings-heading');
    const heading = await page.locator('#findings-heading').boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(0);
    expect(heading!.y).toBeLessThan(600);
  });
});
