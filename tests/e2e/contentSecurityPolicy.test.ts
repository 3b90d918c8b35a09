import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { openStep, openReportFromDrafts } from './wizardActions.ts';
import { minimalDocx, paddedDocumentXml } from '../import/hostileDocx.ts';

const dir = mkdtempSync(join(tmpdir(), 'gov-info-report-csp-'));
const reportFile = join(dir, 'full.json');
writeFileSync(reportFile, JSON.stringify(fullReport, null, 2));

describe('Content-Security-Policy of the built app, in Chromium', () => {
  let session: AppSession;
  const violations: string[] = [];

  beforeAll(async () => {
    session = await openApp();
    const { page } = session;
    // Chromium reports every blocked script, style or frame on the console of the frame that tried it.
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.getByRole('button', { name: '关闭提示，直接填写' }).click();
  });
  afterAll(close);

  it('is set in the page before any script', async () => {
    const policy = await session.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    const firstScript = await session.page.evaluate(() => {
      const nodes = [...document.head.children];
      return { meta: nodes.findIndex((n) => n.getAttribute('http-equiv') === 'Content-Security-Policy'), script: nodes.findIndex((n) => n.tagName === 'SCRIPT') };
    });
    expect(firstScript.meta).toBeLessThan(firstScript.script);
  });

  it('blocks an inline script put into the page', async () => {
    const ran = await session.page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(violations.length).toBeGreaterThan(0);
    violations.length = 0;
  });

  it('opens a report file, previews it with its styles and loads the Word library without a violation', async () => {
    const { page } = session;
    await openReportFromDrafts(page, reportFile);
    await openStep(page, '预览与导出');
    const preview = page.frameLocator('iframe[title="报告预览"]');
    expect(await preview.locator('h1').textContent()).toBe('示例市生态环境局2025年政府信息公开工作年度报告');
    // The exported page's inline <style> applies inside the frame: the title is centred.
    expect(await preview.locator('h1').evaluate((h1) => getComputedStyle(h1).textAlign)).toBe('center');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Word/ }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    expect(violations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(session.externalRequests).toEqual([]);
  });

  it('keeps the exported page free of script: its own policy allows only its inline style', async () => {
    const policy = await session.page.frameLocator('iframe[title="报告预览"]').locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toBe("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
  });

  it('imports a .docx with mammoth in a worker under the policy, and refuses a decompression bomb within seconds', async () => {
    const { page } = session;
    const docx = join(dir, 'report.docx');
    writeFileSync(docx, await renderDocxBytes(fullReport));
    const bomb = join(dir, 'bomb.docx');
    writeFileSync(bomb, minimalDocx(paddedDocumentXml('一', 100 * 1000 * 1000)));
    await page.getByRole('button', { name: '草稿与文件' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /导入/ }).click();
    await page.getByTestId('import-file-input').setInputFiles(bomb);
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 }).toMatch(/压缩比异常.*压缩炸弹/);
    const worker = page.waitForEvent('worker');
    await page.getByTestId('import-file-input').setInputFiles(docx);
    // The import runs off the page's thread, in the import worker.
    expect((await worker).url()).toMatch(/importWorker[^/]*\.js$/);
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toContain('示例市生态环境局');
    expect(violations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
