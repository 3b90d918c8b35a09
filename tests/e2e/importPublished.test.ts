import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { fixtureDir } from '../import/readFixture.ts';
import { pageReports } from '../fixtures/publishedPages/pageReports.ts';
import { savedPage } from '../fixtures/publishedPages/savedPages.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { field, openStep } from './wizardActions.ts';

const dir = mkdtempSync(join(tmpdir(), 'gov-info-report-import-'));
const docxFile = join(dir, '生态环境局2025年报.docx');
const brokenFile = join(dir, '损坏.docx');
// A page saved by 360's 保存网页 (web archive, GBK in base64): menus, metadata and all.
const savedMht = savedPage(pageReports[1] as (typeof pageReports)[number], 'tableLayout', 'mhtml-base64-gbk');
const mhtFile = join(dir, savedMht.name);

describe('import a published report in the app (Chromium)', () => {
  let session: AppSession;
  beforeAll(async () => {
    writeFileSync(docxFile, await renderDocxBytes(fullReport));
    writeFileSync(brokenFile, 'PK\u0003\u0004 truncated');
    writeFileSync(mhtFile, savedMht.bytes);
    session = await openApp();
  });
  afterAll(close);

  it('reads a .docx with the browser build of mammoth, shows what was read, and opens it only on 使用这份报告', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '导入已发布的报告' }).click();
    await page.getByTestId('import-file-input').setInputFiles(brokenFile);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Word 文件已损坏.*当前报告没有改动/);

    await page.getByTestId('import-file-input').setInputFiles(docxFile);
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toContain('示例市生态环境局');
    expect(await result.getByRole('row').allTextContents()).toEqual(expect.arrayContaining([
      expect.stringMatching(/二、主动公开政府信息情况\s*10 \/ 10/),
      expect.stringMatching(/三、收到和处理政府信息公开申请情况\s*175 \/ 175/),
      expect.stringMatching(/四、政府信息公开行政复议、行政诉讼情况\s*15 \/ 15/),
    ]));
    await page.getByRole('button', { name: '使用这份报告' }).click();
    await expect.poll(() => field(page, 'meta.agency').inputValue()).toBe('示例市生态环境局');
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('reads HTML pasted from the browser (text/html on the clipboard)', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '草稿与文件' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /导入/ }).click();
    const html = (await import('node:fs')).readFileSync(join(fixtureDir, 'pasted-fragment.html'), 'utf8');
    await page.getByRole('dialog').getByRole('textbox').focus();
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data);
      transfer.setData('text/plain', '没有表格的纯文本');
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, html);
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('示例县交通运输局');
    expect(await result.textContent()).toContain('所有内容都已读出');
  });

  it('reads a page saved as .mht with its menus: every cell, 发布日期 and its source, shown again in 基本信息', async () => {
    const { page } = session;
    // The test before leaves the pasted page's result open: choose again.
    await page.getByRole('dialog').getByRole('button', { name: '重新选择' }).click();
    await page.getByTestId('import-file-input').setInputFiles(mhtFile);
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toContain('澄川市自然资源和规划局');
    expect(await page.getByTestId('import-published-on').textContent()).toBe('2024-01-30（取自网页元数据 PubDate（2024-01-30 16:05:12））');
    expect(await result.getByRole('row').allTextContents()).toEqual(expect.arrayContaining([
      expect.stringMatching(/二、主动公开政府信息情况\s*10 \/ 10/),
      expect.stringMatching(/三、收到和处理政府信息公开申请情况\s*175 \/ 175/),
      expect.stringMatching(/四、政府信息公开行政复议、行政诉讼情况\s*15 \/ 15/),
    ]));
    await page.getByRole('button', { name: '使用这份报告' }).click();
    await expect.poll(() => field(page, 'meta.agency').inputValue()).toBe('澄川市自然资源和规划局');
    await openStep(page, '基本信息');
    await expect.poll(() => field(page, 'meta.publishedOn').inputValue()).toBe('2024-01-30');
    expect(await page.locator('[data-field="meta.publishedOnSource"]').textContent()).toContain('网页元数据 PubDate');
    await field(page, 'meta.publishedOn').fill('2024-02-01');
    await expect.poll(() => page.locator('[data-field="meta.publishedOnSource"]').count()).toBe(0);
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
