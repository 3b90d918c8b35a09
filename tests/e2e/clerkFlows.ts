/**
 * The flows a clerk goes through, run in each engine clerks have (Chromium 86, 108, current) on the served
 * build and on the one-file build opened from disk (tests/e2e/clerkBrowsers*.test.ts). Each flow can run
 * again after a failed try (CI retries once): it starts from a step it opens itself and types every value
 * it checks.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { getCell } from '../../src/model/cellAccess.ts';
import { cellsOfTable } from '../../src/model/cellCatalog.ts';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { steps } from '../../src/ui/wizard/steps.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { ledgerFromTable } from '../fixtures/ledgerFromTable.ts';
import { ledgerXlsx } from '../fixtures/ledgerFiles.ts';
import { fixtureDir } from '../import/readFixture.ts';
import { docxToPdf } from '../import/pdf/makePdfs.ts';
import { cell, field, invalidCells, openStep, stepButton, waitForSaved } from './wizardActions.ts';

export const requestsStep = '三、收到和处理政府信息公开申请情况';
export const agency = '示例县农业农村局';
/** The one mistyped figure: 四、结转下年度 / 自然人 typed one too many. */
export const typo = 'tables.requests.carriedForward.natural';
const requestValues = cellsOfTable('requests').map((def) => ({ path: def.path, value: getCell(fullReport, def.path) as number }));
const rightFigure = requestValues.find((entry) => entry.path === typo)!.value;

const dir = mkdtempSync(join(tmpdir(), 'gov-info-report-clerk-'));

/** Waits for the app to show a step, and closes the welcome banner when it is there. */
export async function startApp(page: Page): Promise<void> {
  await page.locator('#step-heading').waitFor({ timeout: 60_000 });
  const closeBanner = page.getByRole('button', { name: '关闭提示，直接填写' });
  if (await closeBanner.count()) await closeBanner.click();
}

/** The engine's major version, from its user agent. */
export async function engineMajor(page: Page): Promise<number> {
  const agent = await page.evaluate(() => navigator.userAgent);
  return Number(/Chrome\/(\d+)/.exec(agent)?.[1]);
}

/** Every step button lies inside the step list's box (Chromium 86 once pushed steps 3–8 out of it), and a mouse click on each opens it. */
export async function reachEveryStepByMouse(page: Page): Promise<void> {
  for (const step of steps) {
    const button = stepButton(page, step.label);
    const nav = await page.locator('nav.step-nav').boundingBox();
    const box = await button.boundingBox();
    expect(box, step.label).not.toBeNull();
    expect(nav).not.toBeNull();
    expect(box!.height, `${step.label}: height`).toBeLessThan(200);
    await button.click();
    await page.locator('#step-heading', { hasText: step.label }).waitFor();
  }
}

/** Fills the agency (needed for the export's title) and waits for the draft to be saved. */
export async function fillAgency(page: Page): Promise<void> {
  await openStep(page, '基本信息');
  await field(page, 'meta.agency').fill(agency);
  await waitForSaved(page);
}

/** Types table 三 cell by cell with one figure wrong; sees that cell marked ✖ with its fix, then applies the fix. */
export async function typeTableWithOneTypo(page: Page): Promise<void> {
  await openStep(page, requestsStep);
  for (const { path, value } of requestValues) {
    await cell(page, path).focus();
    await page.keyboard.type(String(path === typo ? value + 1 : value));
    await page.keyboard.press('Tab');
  }
  await expect.poll(() => invalidCells(page), { timeout: 30_000 }).toContain(typo);
  const suspectBox = page.locator('td', { has: cell(page, typo) });
  await expect.poll(() => suspectBox.getAttribute('class')).toContain('cell-error');
  expect(await suspectBox.locator('.cell-icon').textContent()).toBe('✖');
  expect(await suspectBox.locator('.cell-tip').textContent()).toContain(`此格可能输错：应为 ${rightFigure}。`);
  expect(await page.locator('td.cell-error').count()).toBe(1);
  await suspectBox.getByRole('button', { name: `改为 ${rightFigure}` }).click();
  await expect.poll(() => cell(page, typo).inputValue()).toBe(String(rightFigure));
  await expect.poll(() => invalidCells(page), { timeout: 30_000 }).toEqual([]);
}

/**
 * Clicks a download button and returns the saved file. Playwright 1.32 gets no download events from
 * Chromium 86 (its DevTools protocol lacks them), so there the browser is told to save into a folder of
 * this test (Page.setDownloadBehavior) and the file is read once it is complete.
 */
async function downloaded(page: Page, buttonName: string, extension: string): Promise<Buffer> {
  if ((await engineMajor(page)) < 100) {
    const folder = mkdtempSync(join(dir, 'download-'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setDownloadBehavior' as never, { behavior: 'allow', downloadPath: folder } as never);
    await page.getByRole('button', { name: buttonName }).click();
    let saved: string | undefined;
    await expect.poll(() => {
      saved = readdirSync(folder).find((name) => name.endsWith(extension));
      return saved;
    }, { timeout: 60_000 }).toBeDefined();
    await cdp.detach();
    return readFileSync(join(folder, saved!));
  }
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: buttonName }).click()]);
  expect(download.suggestedFilename().endsWith(extension)).toBe(true);
  const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return readFileSync(path);
}

/** Exports .docx and .html from 预览与导出 and opens both: the Word file unzipped, the page parsed. */
export async function exportBoth(page: Page): Promise<void> {
  await openStep(page, '预览与导出');
  // The report still has blanks (tables 二、四, the texts): the clerk confirms exporting anyway. The
  // checkbox comes with the export findings, which an old engine may show a moment after the step.
  const confirm = page.locator('.preview-confirm input[type="checkbox"]');
  const docxButton = page.getByRole('button', { name: '下载 Word 文件（.docx）' });
  await expect.poll(async () => {
    if ((await confirm.count()) > 0 && !(await confirm.isChecked())) await confirm.check();
    return docxButton.isEnabled();
  }, { timeout: 30_000 }).toBe(true);
  const docx = await JSZip.loadAsync(await downloaded(page, '下载 Word 文件（.docx）', '.docx'));
  const documentXml = await docx.file('word/document.xml')?.async('string');
  expect(documentXml).toContain(agency);
  const html = (await downloaded(page, '下载网页（.html）', '.html')).toString('utf8');
  // Parsed as a browser parses it (DOMParser runs no script of the page).
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    return { title: doc.querySelector('h1')?.textContent ?? '', tables: doc.querySelectorAll('table').length };
  }, html);
  expect(parsed.title).toContain(agency);
  expect(parsed.tables).toBe(3);
}

/** Reloads the tab: the draft comes back with what was typed. */
export async function reloadFindsDraft(page: Page): Promise<void> {
  await waitForSaved(page);
  await page.reload();
  await page.locator('#step-heading').waitFor({ timeout: 60_000 });
  await openStep(page, '基本信息');
  await expect.poll(() => field(page, 'meta.agency').inputValue()).toBe(agency);
  await openStep(page, requestsStep);
  expect(await cell(page, typo).inputValue()).toBe(String(rightFigure));
}

async function importFile(page: Page, path: string, expectedAgency: string): Promise<void> {
  await page.getByRole('button', { name: '草稿与文件' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /导入/ }).click();
  await page.getByTestId('import-file-input').setInputFiles(path);
  const result = page.getByTestId('import-result');
  await result.waitFor({ timeout: 60_000 });
  expect(await result.textContent()).toContain(expectedAgency);
  await page.getByRole('button', { name: '使用这份报告' }).click();
  await openStep(page, '基本信息');
  await expect.poll(() => field(page, 'meta.agency').inputValue()).toBe(expectedAgency);
}

let publishedFiles: Promise<{ docx: string; pdf: string }> | undefined;

/** The full report as published: a .docx, and the PDF LibreOffice makes of it (made once per test file). */
function published(): Promise<{ docx: string; pdf: string }> {
  publishedFiles ??= (async () => {
    const bytes = await renderDocxBytes(fullReport);
    const docx = join(dir, '生态环境局2025年报.docx');
    const pdf = join(dir, '生态环境局2025年报.pdf');
    writeFileSync(docx, bytes);
    writeFileSync(pdf, docxToPdf(bytes, 'published'));
    return { docx, pdf };
  })();
  return publishedFiles;
}

/** Imports a published text (copied from a web page), a published .docx and a PDF, each shown and then used. */
export async function importPublished(page: Page): Promise<void> {
  await importFile(page, join(fixtureDir, 'pipe-rows.txt'), '示例县交通运输局');
  const files = await published();
  await importFile(page, files.docx, fullReport.meta.agency);
  await importFile(page, files.pdf, fullReport.meta.agency);
}

/** Counts table 三 from a small .xlsx ledger and fills it. */
export async function readLedger(page: Page): Promise<void> {
  await openStep(page, '基本信息');
  const year = Number(await field(page, 'meta.year').inputValue());
  const table = Object.fromEntries(requestValues.map(({ path, value }) => [path, value]));
  const ledgerFile = join(dir, '台账.xlsx');
  writeFileSync(ledgerFile, await ledgerXlsx(ledgerFromTable(table, { year, seed: 3 })));
  await openStep(page, requestsStep);
  await page.getByRole('button', { name: '从台账计数表三…' }).click();
  await page.locator('[data-action="ledger-file"]').setInputFiles(ledgerFile);
  await page.locator('[data-ledger-summary]').waitFor({ timeout: 60_000 });
  expect(await page.locator('[data-ledger-summary]').textContent()).toMatch(/全部计入/);
  await page.locator('[data-action="ledger-apply"]').click();
  await page.getByText(/已按台账“台账.xlsx”填入表三/).waitFor();
  expect(await cell(page, 'tables.requests.disclosed.natural').inputValue()).toBe(String(table['tables.requests.disclosed.natural']));
}

/** 预览与导出 in print media: only the report, its title as published, none of the app. */
export async function printsOnlyTheReport(page: Page): Promise<void> {
  await openStep(page, '预览与导出');
  const report = page.locator('[data-print-report]');
  await page.emulateMedia({ media: 'print' });
  try {
    await expect.poll(() => report.isVisible()).toBe(true);
    expect(await stepButton(page, '基本信息').isVisible()).toBe(false);
    expect(await report.locator('h1').textContent()).toContain('年政府信息公开工作年度报告');
  } finally {
    await page.emulateMedia({ media: null });
  }
}

/** The 审查 page: two reports and a broken file checked at once, the table downloaded as CSV, then back. */
export async function reviewsReports(page: Page): Promise<void> {
  await page.getByRole('button', { name: '草稿与文件' }).click();
  await page.getByRole('dialog').getByRole('link', { name: '审查多份报告（审查人员用）' }).click();
  await page.getByRole('heading', { name: '审查多份年度报告' }).waitFor();
  const named = (name: string, year: number) => Buffer.from(JSON.stringify({ ...fullReport, meta: { ...fullReport.meta, agency: name, year } }));
  await page.locator('[data-field="review-files"]').setInputFiles([
    { name: '林业局2024.json', mimeType: 'application/json', buffer: named('青禾县林业局', 2024) },
    { name: '林业局2025.json', mimeType: 'application/json', buffer: named('青禾县林业局', 2025) },
    { name: '坏文件.json', mimeType: 'application/json', buffer: Buffer.from('{ broken') },
  ]);
  await page.locator('#review-summary').waitFor({ timeout: 60_000 });
  expect(await page.locator('.review-table tbody tr').count()).toBe(2);
  expect(await page.locator('.review-unreadable').textContent()).toContain('坏文件.json');
  const csv = (await downloaded(page, '下载表格（CSV）', '.csv')).toString('utf8');
  expect(csv.startsWith('\uFEFF机关,')).toBe(true);
  await page.getByRole('link', { name: '← 返回编写报告' }).click();
  await page.locator('#step-heading').waitFor();
}

/** 草稿与文件 says where drafts live; opened from disk, that they belong to this browser and this file's place. */
export async function draftsSayWhereTheyLive(page: Page, fromDisk: boolean): Promise<void> {
  await page.getByRole('button', { name: '草稿与文件' }).click();
  const note = page.getByRole('dialog').locator('.drafts-location');
  await note.waitFor();
  const text = (await note.textContent()) ?? '';
  expect(await note.getAttribute('data-drafts-location')).toBe(fromDisk ? 'file' : null);
  expect(text).toContain('保存为文件');
  if (fromDisk) {
    expect(text).toContain('这个浏览器');
    expect(text).toContain('打开报告文件');
  }
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).first().click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}
