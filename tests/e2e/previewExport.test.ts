import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullReport } from '../fixtures/fullReport.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { openStep, openReportFromDrafts } from './wizardActions.ts';

const dir = mkdtempSync(join(tmpdir(), 'gov-info-report-preview-'));
const reportFile = join(dir, 'full.json');
writeFileSync(reportFile, JSON.stringify(fullReport, null, 2));

async function docxPart(path: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return (await zip.file(part)?.async('string')) ?? '';
}

describe('预览与导出 in Chromium', () => {
  let session: AppSession;
  const requested: string[] = [];

  beforeAll(async () => {
    session = await openApp();
    const { page, context, url } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    page.on('request', (request) => requested.push(request.url()));
    await page.getByRole('button', { name: '关闭提示，直接填写' }).click();
    await openReportFromDrafts(page, reportFile);
    await openStep(page, '预览与导出');
  });
  afterAll(close);

  it('shows the report in a sandboxed frame and no error for a finished report', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: '没有错误或未填，可以导出' }).waitFor();
    const frame = page.locator('iframe[title="报告预览"]');
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await page.frameLocator('iframe[title="报告预览"]').locator('h1').textContent()).toBe('示例市生态环境局2025年政府信息公开工作年度报告');
  });

  it('loads the docx library only when the Word file is asked for, and downloads a real .docx', async () => {
    const { page } = session;
    const docxChunk = () => requested.filter((url) => /packDocx/.test(url));
    expect(docxChunk()).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 文件（.docx）' }).click()]);
    expect(download.suggestedFilename()).toBe('示例市生态环境局2025年政府信息公开工作年度报告.docx');
    expect(docxChunk()).toHaveLength(1);
    const path = (await download.path()) ?? '';
    expect(await docxPart(path, 'word/document.xml')).toContain('示例市生态环境局');
    expect(await docxPart(path, 'word/styles.xml')).toContain('w:eastAsia="仿宋_GB2312"');
  });

  it('switches the Word fonts and remembers the choice in the draft', async () => {
    const { page } = session;
    await page.getByRole('radio', { name: /Windows 自带字体/ }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 文件（.docx）' }).click()]);
    const styles = await docxPart((await download.path()) ?? '', 'word/styles.xml');
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).not.toContain('仿宋_GB2312');
    await openStep(page, '基本信息');
    await openStep(page, '预览与导出');
    expect(await page.getByRole('radio', { name: /Windows 自带字体/ }).isChecked()).toBe(true);
  });

  it('copies the CMS form to the clipboard as text/html', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '复制到剪贴板' }).click();
    await expect.poll(() => page.locator('.preview-status').textContent()).toContain('已复制');
    const clipboard = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item ? { types: [...item.types].sort(), html: await (await item.getType('text/html')).text() } : undefined;
    });
    expect(clipboard?.types).toEqual(['text/html', 'text/plain']);
    expect(clipboard?.html).toContain('<article style=');
    // Labels carry <wbr> between their words (line breaks only there).
    expect(clipboard?.html.replaceAll('<wbr>', '')).toContain('一、本年新收政府信息公开申请数量');
  });

  it('made no request to another host and threw no error', () => {
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
