import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullReport } from '../fixtures/fullReport.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { openStep, stepButton, openReportFromDrafts } from './wizardActions.ts';

const dir = mkdtempSync(join(tmpdir(), 'gov-info-report-print-'));
const reportFile = join(dir, 'full.json');
writeFileSync(reportFile, JSON.stringify({ ...fullReport, meta: { ...fullReport.meta, issuedOn: null } }, null, 2));
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('打印 in Chromium: the report as published, nothing else', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp();
    const { page } = session;
    await page.getByRole('button', { name: '关闭提示，直接填写' }).click();
    await openReportFromDrafts(page, reportFile);
    await openStep(page, '预览与导出');
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has a 打印 button that opens the browser\'s print dialog', async () => {
    const { page } = session;
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => { (window as unknown as { printed: number }).printed += 1; };
    });
    await page.getByRole('button', { name: '打印', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it('shows the printable copy only to the printer, and in print media only the report', async () => {
    const { page } = session;
    const report = page.locator('[data-print-report]');
    expect(await report.isVisible()).toBe(false);
    expect(await stepButton(page, '基本信息').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await report.isVisible()).toBe(true);
      expect(await stepButton(page, '基本信息').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: '下载 Word 文件（.docx）' }).isVisible()).toBe(false);
      expect(await report.locator('h1').textContent()).toBe('示例市生态环境局2025年政府信息公开工作年度报告');
      // Table 三 in 小五, as in the .docx; the body in 三号 on 28 pt lines.
      const sizes = await report.evaluate((node) => ({
        body: getComputedStyle(node.querySelector('.paragraph') as Element).fontSize,
        requests: getComputedStyle(node.querySelector('.table-requests') as Element).fontSize,
        appeals: getComputedStyle(node.querySelector('.table-appeals') as Element).fontSize,
      }));
      expect(sizes).toEqual({ body: '21.3333px', requests: '12px', appeals: '14px' });
    } finally {
      await page.emulateMedia({ media: null });
    }
  });

  it('prints A4 pages holding the report and none of the app (page.pdf)', async () => {
    const { page } = session;
    const pdf = join(dir, 'print.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [width, height] = (/Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? []).slice(1).map(Number);
    expect([Math.round(width ?? 0), Math.round(height ?? 0)]).toEqual([595, 842]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    for (const printed of ['示例市生态环境局2025年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '申请人情况', '六、其他需要报告的事项']) {
      expect(text).toContain(printed);
    }
    // No step list, no findings, no buttons; no 年　月　日 placeholder from the web page either.
    for (const app of ['预览与导出', '基本信息', '检查结果', '下载Word文件', '草稿与文件', '年月日']) expect(text).not.toContain(app);
  });

  it('prints no grey with background graphics on (the app\'s own background stays off the paper)', async () => {
    const { page } = session;
    const pdf = join(dir, 'print-background.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    // The last page, where the signature is: every pixel is paper white or ink (no light grey box).
    const ppm = execFileSync('pdftoppm', ['-r', '30', '-f', String(pages), '-l', String(pages), pdf], { maxBuffer: 64 * 1024 * 1024 });
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
    const start = header?.[0].length ?? 0;
    let grey = 0;
    for (let at = start; at + 2 < ppm.length; at += 3) {
      const [r, b] = [ppm[at] ?? 0, ppm[at + 2] ?? 0];
      // The app's page grey (#f4f6f8) is bluish; ink's anti-aliased edges are neutral.
      if (r >= 240 && r <= 247 && b >= 245 && b <= 251 && b - r >= 3) grey += 1;
    }
    expect(header).not.toBeNull();
    // A box is thousands of pixels at 30 dpi; a few stray edge pixels are not one.
    expect(grey).toBeLessThan(50);
  });
});
