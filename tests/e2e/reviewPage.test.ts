import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCell } from '../../src/model/cellAccess.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { renderPlainText } from '../../src/render/text/renderPlainText.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { docxToPdf } from '../import/pdf/makePdfs.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { field } from './wizardActions.ts';

const named = (agency: string, year: number): Report => ({ ...fullReport, meta: { ...fullReport.meta, agency, year } });
const json = (report: Report) => Buffer.from(JSON.stringify(report));

describe('the reviewers\' page and PDF import in the app (Chromium)', () => {
  let session: AppSession;
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = Buffer.from(docxToPdf(await renderDocxBytes(named('青禾县林业局', 2025)), 'forest'));
    session = await openApp();
  }, 180_000);
  afterAll(close);

  it('checks many reports at once from the start screen, the worst first, and offers the page and the CSV', async () => {
    const { page } = session;
    await page.getByRole('link', { name: '审查多份报告（审查人员用）' }).first().click();
    await page.getByRole('heading', { name: '审查多份年度报告' }).waitFor();
    await page.locator('[data-field="review-files"]').setInputFiles([
      { name: '林业局2024.json', mimeType: 'application/json', buffer: json(named('青禾县林业局', 2024)) },
      { name: '林业局2025.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: '水利局2025.txt', mimeType: 'text/plain', buffer: Buffer.from(renderPlainText(setCell(named('青禾县水利局', 2025), 'tables.requests.disclosed.natural', 99))) },
      { name: '坏文件.json', mimeType: 'application/json', buffer: Buffer.from('{ broken') },
    ]);
    const summary = page.locator('#review-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toMatch(/共 3 份报告：1 份有错误.*1 个文件无法读取/);
    const rows = page.locator('.review-table tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.first().textContent()).toContain('青禾县水利局');
    const forest2025 = rows.filter({ hasText: '林业局2025.pdf' });
    expect(await forest2025.textContent()).toContain('林业局2024.json');
    expect(await page.locator('.review-unreadable').textContent()).toContain('坏文件.json');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载表格（CSV）' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF机关,')).toBe(true);
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('imports a PDF report into the wizard with all its figures', async () => {
    const { page } = session;
    await page.getByRole('link', { name: '← 返回编写报告' }).click();
    await page.getByRole('button', { name: '导入已发布的报告' }).first().click();
    await page.getByTestId('import-file-input').setInputFiles({ name: '林业局2025.pdf', mimeType: 'application/pdf', buffer: pdf });
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.textContent()).toContain('青禾县林业局');
    expect(await result.getByRole('row').allTextContents()).toEqual(expect.arrayContaining([
      expect.stringMatching(/三、收到和处理政府信息公开申请情况\s*175 \/ 175/),
    ]));
    await page.getByRole('button', { name: '使用这份报告' }).click();
    await expect.poll(() => field(page, 'meta.agency').inputValue()).toBe('青禾县林业局');
    expect(session.externalRequests).toEqual([]);
  });
});
