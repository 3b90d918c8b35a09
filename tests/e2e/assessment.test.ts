import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCell } from '../../src/model/cellAccess.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { shippedPack } from '../../src/model/assessment/shippedPacks.ts';
import { reviewReports } from '../../src/model/review/reviewReports.ts';
import { renderReviewHtml } from '../../src/render/review/reviewHtml.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';
import type { Page } from 'playwright-core';
import { openReportFromDrafts, openStep } from './wizardActions.ts';

/** The ids of the packs kept in the drafts saved in this browser (meta.assessmentPack). */
function keptPackIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('gov-info-annual-report');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise<unknown[]>((resolve, reject) => {
      const request = database.transaction('drafts', 'readonly').objectStore('drafts').getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    });
    database.close();
    return records.map((record) => String((record as { report?: { meta?: { assessmentPack?: { id?: unknown } } } }).report?.meta?.assessmentPack?.id ?? ''));
  });
}

const named = (agency: string, year: number, meta: Partial<Report['meta']> = {}): Report => ({ ...fullReport, meta: { ...fullReport.meta, agency, year, ...meta } });
const json = (report: Report) => Buffer.from(JSON.stringify(report));

const officePack = {
  format: 'assessment-pack', version: 1, id: 'example-county', name: '示例县考核·年度报告', edition: '2025.1', source: '示例县政务公开办', template: '2021', points: 10,
  rules: [
    { id: 'late', kind: 'late', title: '逾期公布', points: 4 },
    { id: 'fee', kind: 'element', title: '缺少信息处理费说明', points: 2, elements: ['fee-statement'] },
  ],
};

describe('评估预检 and the 审查 page at 1366×768 (Chromium)', () => {
  let session: AppSession;
  const dir = mkdtempSync(join(tmpdir(), 'assessment-e2e-'));
  beforeAll(async () => {
    session = await openApp({ viewport: { width: 1366, height: 768 } });
  }, 180_000);
  afterAll(close);

  it('shows the draft\'s score under the national pack and the office\'s pack, with links to the place and what to do', async () => {
    const { page } = session;
    const late: Report = { ...named('青禾县林业局', 2025, { issuedOn: '2026-02-10' }), text: { ...fullReport.text, other: '本局没有其他需要报告的事项。' } };
    const file = join(dir, 'late.json');
    writeFileSync(file, JSON.stringify(late));
    await openReportFromDrafts(page, file);
    await openStep(page, '预览与导出');
    const panel = page.locator('.assessment-panel');
    await panel.waitFor({ timeout: 60_000 });
    expect(await panel.locator('[data-lateness]').textContent()).toContain('成文日期2026年2月10日晚于部门年度报告的公布时限2026年1月31日');
    const national = panel.locator('[data-pack="national-2021"]');
    expect(await national.locator('[data-score]').textContent()).toBe('6');
    expect(await national.locator('[data-rule="fee-statement"]').textContent()).toContain('怎么改：在“六、其他需要报告的事项”中写明');
    await page.locator('[data-field="assessment-pack"]').setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(officePack)) });
    const office = panel.locator('[data-pack="example-county"]');
    await office.waitFor();
    expect(await office.locator('[data-score]').textContent()).toBe('4');
    // A bad pack is refused naming the field; the loaded one stays.
    await page.locator('[data-field="assessment-pack"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...officePack, points: '十' })) });
    await expect.poll(() => panel.textContent()).toContain('满分（points）');
    expect(await office.count()).toBe(1);
    // The link goes to the sentence to change.
    await national.locator('[data-rule="fee-statement"] [data-assessment-target="text.other"]').click();
    await page.locator('#step-heading', { hasText: '六、其他需要报告的事项' }).waitFor();
    // The pack is kept with the draft: back on the preview after a reload it is still there.
    await expect.poll(() => keptPackIds(page), { timeout: 30_000 }).toContain('example-county');
    await page.reload();
    await openStep(page, '预览与导出');
    await page.locator('.assessment-panel [data-pack="example-county"]').waitFor({ timeout: 60_000 });
    expect(session.pageErrors).toEqual([]);
  });

  it('puts the score first, rule titles in Chinese and agency names on one line, in view at 1366 px', async () => {
    const { page } = session;
    await page.goto(`${session.url}#review`);
    await page.getByRole('heading', { name: '审查多份年度报告' }).waitFor();
    await page.locator('[data-field="review-pack"]').selectOption('example-licheng-2020');
    await page.locator('[data-field="review-files"]').setInputFiles([
      { name: '林业局2025.json', mimeType: 'application/json', buffer: json(named('青禾县自然资源和规划局林业工作站', 2025)) },
      { name: '水利局2025.json', mimeType: 'application/json', buffer: json(setCell(named('青禾县水利局', 2025, { issuedOn: '2026-03-05' }), 'tables.requests.disclosed.natural', 99)) },
    ]);
    await page.locator('#review-summary').waitFor({ timeout: 60_000 });
    const headers = await page.locator('.review-table thead th').allTextContents();
    expect(headers[0]).toBe('得分');
    expect(headers).not.toContain('实质公开率');
    const scroll = page.locator('.review-scroll');
    const [scrollWidth, clientWidth] = await scroll.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const agency = page.locator('.review-table td[data-column="agency"]').filter({ hasText: '林业工作站' });
    // One line: the name's text lies in one line box.
    const lines = await agency.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size;
    });
    expect(lines).toBe(1);
    const rules = page.locator('.review-table tr', { hasText: '青禾县水利局' }).locator('td[data-column="rules"]');
    expect(await rules.textContent()).toContain('表三行合计不符');
    expect(await rules.getAttribute('title')).toContain('row-total');
    await page.locator('[data-field="review-all-columns"]').check();
    expect(await page.locator('.review-table thead th').allTextContents()).toContain('实质公开率');
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('review --html: the same columns in view at 1366 px, the rest behind 显示全部列', async () => {
    const page = await session.newPage();
    const review = reviewReports([
      { file: 'reports/2025/青禾县自然资源和规划局林业工作站2025年政府信息公开工作年度报告.json', report: named('青禾县自然资源和规划局林业工作站', 2025) },
      { file: 'reports/2025/水利局.json', report: setCell(named('青禾县水利局', 2025), 'tables.requests.disclosed.natural', 99) },
    ], { pack: shippedPack('example-licheng-2020')! });
    await page.setContent(renderReviewHtml(review));
    expect((await page.locator('#review-table thead th').first().textContent())?.trim()).toBe('得分');
    const [scrollWidth, clientWidth] = await page.locator('.wide').evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await page.locator('#review-table th', { hasText: '实质公开率' }).isVisible()).toBe(false);
    await page.locator('#more-columns').check();
    expect(await page.locator('#review-table th', { hasText: '实质公开率' }).isVisible()).toBe(true);
    expect(await page.locator('#review-table td[title*="row-total"]').first().textContent()).toContain('表三行合计不符');
    await page.close();
  });
});
