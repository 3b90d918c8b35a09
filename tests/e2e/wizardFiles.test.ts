import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportJson } from '../../src/ui/drafts/reportFile.ts';
import { exampleAgency, exampleReport } from '../../src/ui/example/exampleReport.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { field, progressNumber, waitForSaved } from './wizardActions.ts';

const dir = mkdtempSync(join(tmpdir(), 'gov-info-report-files-'));
const saved = exampleReport(2024);
const withUnknown = { ...saved, meta: { ...saved.meta, reviewer: '市政务公开办' }, annotations: [{ cell: 'tables.requests.received.total', note: '已核' }] };
const goodFile = join(dir, 'good.json');
const brokenFile = join(dir, 'broken.json');
const notReportFile = join(dir, 'other.json');
writeFileSync(goodFile, reportJson(withUnknown as typeof saved));
writeFileSync(brokenFile, '{ "format": "gov-info-annual-report", "version": 1, ');
writeFileSync(notReportFile, JSON.stringify({ title: '别的文件' }));

async function openDrafts(page: Page) {
  await page.getByRole('button', { name: '草稿与文件' }).click();
  await page.getByRole('dialog', { name: '草稿与文件' }).waitFor();
}

async function chooseFile(page: Page, path: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('dialog').getByRole('button', { name: /打开报告文件/ }).click()]);
  await chooser.setFiles(path);
}

const draftRows = (page: Page) => page.locator('.drafts-table tbody tr[data-draft]');

describe('wizard: drafts and report files (Chromium)', () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await openApp();
    await session.page.getByRole('button', { name: '关闭提示，直接填写' }).click();
    await field(session.page, 'meta.agency').fill('某某县某某局');
    await waitForSaved(session.page);
  });
  afterAll(close);

  it('refuses a broken file with a clear message and replaces nothing', async () => {
    const { page } = session;
    await openDrafts(page);
    await chooseFile(page, brokenFile);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/无法打开“broken\.json”：不是有效的 JSON 文件.*当前草稿没有任何改动/);
    await chooseFile(page, notReportFile);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('不是年度报告文件');
    expect(await draftRows(page).count()).toBe(1);
    await page.getByRole('button', { name: '关闭' }).click();
    expect(await field(page, 'meta.agency').inputValue()).toBe('某某县某某局');
  });

  it('opens a saved .json as a new draft, the open one kept in the list', async () => {
    const { page } = session;
    await openDrafts(page);
    await chooseFile(page, goodFile);
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await field(page, 'meta.agency').inputValue()).toBe(exampleAgency);
    await expect.poll(() => progressNumber(page, 'filled')).toBe(200);
    await expect.poll(() => progressNumber(page, 'errors')).toBe(0);
    await openDrafts(page);
    expect(await draftRows(page).count()).toBe(2);
    await page.getByRole('button', { name: '关闭' }).click();
  });

  it('keeps keys it does not know when the opened file is saved again', async () => {
    const { page } = session;
    await field(page, 'meta.phone').fill('0000-7654321');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存为文件' }).click()]);
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(json.meta.reviewer).toBe('市政务公开办');
    expect(json.annotations).toEqual(withUnknown.annotations);
    expect(json.meta.phone).toBe('0000-7654321');
    expect(json.tables).toEqual(saved.tables);
  });

  it('copies, renames, opens and deletes drafts', async () => {
    const { page } = session;
    await waitForSaved(page);
    await openDrafts(page);
    const current = page.locator('.drafts-table tr[aria-current="true"]');
    await current.getByRole('button', { name: '复制' }).click();
    await expect.poll(() => draftRows(page).count()).toBe(3);
    const copy = draftRows(page).filter({ hasText: '（副本）' });
    await copy.getByRole('button', { name: '重命名' }).click();
    const name = page.getByRole('textbox', { name: '新名称' });
    await name.fill('青山区人社局 2024 年报（改）');
    await name.press('Enter');
    await expect.poll(() => draftRows(page).filter({ hasText: '青山区人社局 2024 年报（改）' }).count()).toBe(1);

    await draftRows(page).filter({ hasText: '某某县某某局' }).getByRole('button', { name: '打开' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await field(page, 'meta.agency').inputValue()).toBe('某某县某某局');

    await openDrafts(page);
    page.once('dialog', (confirm) => void confirm.accept());
    await draftRows(page).filter({ hasText: '青山区人社局 2024 年报（改）' }).getByRole('button', { name: '删除' }).click();
    await expect.poll(() => draftRows(page).count()).toBe(2);
  });

  it('reopens the draft worked on last after a reload, and lists the rest', async () => {
    const { page } = session;
    await page.reload();
    await page.locator('#step-heading').waitFor();
    expect(await field(page, 'meta.agency').inputValue()).toBe('某某县某某局');
    await openDrafts(page);
    expect(await draftRows(page).allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('某某县某某局'), expect.stringContaining(exampleAgency)]),
    );
  });

  it('made no request to another host', () => {
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
