import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathBomb } from '../fixtures/hostilePdfs.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';

// Issue 23 (HIGH 3): a PDF content bomb froze the page for 40 s (pdf.js ran on the page's thread). The app now
// reads PDFs in its own import worker, and the bomb is refused with the Chinese reason.
describe('a PDF content bomb in the app (Chromium)', () => {
  let session: AppSession;
  const workers: string[] = [];
  beforeAll(async () => {
    session = await openApp();
    session.page.on('worker', (worker) => workers.push(worker.url()));
  }, 180_000);
  afterAll(close);

  it('is refused in the import dialog, read by the import worker, never by pdf.js on the page', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '导入已发布的报告' }).first().click();
    await page.getByTestId('import-file-input').setInputFiles({ name: '炸弹.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pathBomb(60)) });
    const alert = page.locator('.import-error');
    await alert.waitFor({ timeout: 120_000 });
    expect(await alert.textContent()).toMatch(/炸弹\.pdf：这份 PDF 第 1 页.*内容炸弹.*当前报告没有改动/);
    expect(workers.some((url) => /importWorker/.test(url))).toBe(true);
    expect(await page.evaluate(() => 'pdfjsWorker' in globalThis)).toBe(false);
    expect(session.pageErrors).toEqual([]);
  }, 180_000);

  it('is listed as unreadable with the reason on the review page, also read in the worker', async () => {
    const { page } = session;
    await page.goto(`${session.url}#review`);
    await page.getByRole('heading', { name: '审查多份年度报告' }).waitFor();
    await page.locator('[data-field="review-files"]').setInputFiles([{ name: '炸弹.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pathBomb(60)) }]);
    const unreadable = page.locator('.review-unreadable');
    await unreadable.waitFor({ timeout: 120_000 });
    expect(await unreadable.textContent()).toMatch(/炸弹\.pdf.*内容炸弹/);
    expect(await page.evaluate(() => 'pdfjsWorker' in globalThis)).toBe(false);
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
