import type { Page } from 'playwright-core';
import { cellsOfTable } from '../../../src/model/cellCatalog.ts';
import { getCell } from '../../../src/model/cellAccess.ts';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import { defaultReportYear } from '../../../src/model/reportYear.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { sections } from '../../../src/template/sections.ts';
import { busyLoopMs, throttle } from './chromium.ts';
import { freezePage } from './frozenPage.ts';
import { costlyTableKeys, narrativeKeys, plainTableKeys, steadyTableKeys } from './keyPlans.ts';
import { settle, steadyProbe, typeSteadily } from './steadyProbe.ts';
import { latencyProbe, measureKeys, type KeySample } from './latencyProbe.ts';
import { measureClick, setStartupCondition, startupResult, untilProbe } from './untilProbe.ts';

const heading = (id: string): string => {
  const found = sections.find((section) => section.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found.heading;
};
const requestsStep = heading('requests');
const problemsStep = heading('problems');
const previewStep = '预览与导出';
const firstCell = cellsOfTable('requests')[0]?.path ?? 'tables.requests.received.natural';

const cell = (page: Page, path: string) => page.locator(`[data-cell="${path}"]`);
const stepButton = (page: Page, label: string) => page.locator('nav.step-nav button', { hasText: label });

async function openStep(page: Page, label: string): Promise<void> {
  await stepButton(page, label).click();
  await page.locator('#step-heading', { hasText: label }).waitFor();
}

/** A page with both probes installed, CPU throttled. */
export async function probedPage(page: Page, url: string, rate: number): Promise<void> {
  await page.addInitScript(latencyProbe);
  await page.addInitScript(untilProbe);
  await page.addInitScript(steadyProbe);
  await page.goto(url);
  if (rate !== 1) await throttle(page, rate);
}

export const warmupKeys = 10;
export const measuredKeys = 60;

/** The bare page's input emptied and focused (page brought to the front), and `total` digits to type into it. */
async function bareDigits(page: Page, total: number): Promise<{ key: string }[]> {
  await page.bringToFront();
  const input = page.locator('[data-bench="bare"]');
  await input.fill('');
  await input.focus();
  return Array.from({ length: total }, (_, i) => ({ key: String((i + 1) % 10) }));
}

/** A block of digits typed into the bare page's input; the first `warmup` dropped. */
export async function bareLatency(page: Page, count: number, warmup = 0): Promise<KeySample[]> {
  return (await measureKeys(page, await bareDigits(page, warmup + count))).slice(warmup);
}

/** First run: a new empty report; figures typed into table 三, cell by cell. */
export async function plainTableLatency(page: Page): Promise<KeySample[]> {
  await openStep(page, requestsStep);
  return tableFigureLatency(page);
}

/** The floor: the same keys into table 三 of a new report with the page's script cut off (frozenPage.ts). */
export async function frozenTableLatency(page: Page): Promise<KeySample[]> {
  await page.bringToFront();
  await openStep(page, requestsStep);
  await freezePage(page);
  return tableFigureLatency(page);
}

/** The figures of plainTableKeys typed into step 三's cells, cell by cell (warm-up keys dropped). */
async function tableFigureLatency(page: Page): Promise<KeySample[]> {
  const empty = emptyReport({ year: defaultReportYear(), agency: '' });
  const plan = plainTableKeys(empty, Math.ceil((warmupKeys + measuredKeys) / 3));
  const samples: KeySample[] = [];
  for (const { cell: path, keys } of plan) {
    await cell(page, path).focus();
    samples.push(...(await measureKeys(page, keys)));
  }
  return samples.slice(warmupKeys, warmupKeys + measuredKeys);
}

/** Digits typed into the bare page's input at the steady cadence (warm-up keys dropped). */
export async function steadyBareLatency(page: Page, count: number, warmup = 0): Promise<number[]> {
  return (await typeSteadily(page, await bareDigits(page, warmup + count))).slice(warmup);
}

/**
 * Steady typing (a key every 100 ms) into table 三 of a new empty report, Tab between cells: the
 * drafts list makes a new blank report first (earlier scenarios filled the first one).
 */
export async function steadyTableLatency(page: Page): Promise<number[]> {
  await page.locator('[data-action="drafts"]').click();
  await page.locator('[data-action="new"]').click();
  await page.locator('dialog').waitFor({ state: 'detached' });
  await openStep(page, requestsStep);
  const empty = emptyReport({ year: defaultReportYear(), agency: '' });
  const plan = steadyTableKeys(empty, Math.ceil((warmupKeys + measuredKeys) / 3));
  await cell(page, plan.first).focus();
  await settle(page);
  const samples = await typeSteadily(page, plan.keys);
  const typed = await cell(page, plan.first).inputValue();
  if (typed !== '123') throw new Error(`steady typing: the first cell holds "${typed}", not 123`);
  return samples.slice(warmupKeys, warmupKeys + measuredKeys);
}

/** Opens the full report from a .json file (the drafts dialog or the first-run banner): the draft is then stored in IndexedDB. */
export async function openReportFile(page: Page, report: Report): Promise<void> {
  const banner = page.locator('section.welcome input[type=file]');
  if ((await banner.count()) === 0) {
    await page.locator('[data-action="drafts"]').click();
  }
  const input = page.locator('input[type=file][accept*=".json"]').first();
  await input.setInputFiles({ name: 'full-report.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report)) });
  await page.locator('[data-field="meta.agency"]').waitFor();
  await page.waitForFunction(`document.querySelector('[data-field="meta.agency"]')?.value === ${JSON.stringify(report.meta.agency)}`);
}

export type StartupFigures = { readonly interactive: readonly number[]; readonly quiet: readonly number[]; readonly tableOpen: readonly number[] };

/**
 * Reload with the full draft in IndexedDB: navigation start → the basics step shows the restored agency
 * in an enabled input and the next frame is produced. Then: click step 三 → its first cell shows its
 * restored figure, next frame.
 */
export async function restoredDraftStartup(page: Page, report: Report, runs: number): Promise<StartupFigures> {
  const agency = JSON.stringify(report.meta.agency);
  await setStartupCondition(page, `(() => { const input = document.querySelector('[data-field="meta.agency"]'); return input && !input.disabled && input.value === ${agency}; })()`);
  const interactive: number[] = [];
  const quiet: number[] = [];
  const tableOpen: number[] = [];
  for (let i = 0; i < runs + 1; i += 1) {
    await page.reload({ waitUntil: 'commit' });
    const ready = await startupResult(page);
    const firstFigure = JSON.stringify(String(getCell(report, firstCell)));
    const opened = await measureClick(page, `document.querySelector('[data-cell="${firstCell}"]')?.value === ${firstFigure}`, () => stepButton(page, requestsStep).click());
    // A reload returns to the step left open: back to 基本信息, where the next start-up is timed.
    await openStep(page, '基本信息');
    if (i === 0) continue; // the first load fills the HTTP and code caches
    interactive.push(ready.total);
    quiet.push(ready.quiet);
    tableOpen.push(opened.total);
  }
  await setStartupCondition(page, '');
  return { interactive, quiet, tableOpen };
}

/** The costly path: typing "0" after a one-digit figure breaks the balance, Backspace restores it. */
export async function costlyTableLatency(page: Page, report: Report): Promise<{ samples: KeySample[]; cell: string }> {
  await openStep(page, requestsStep);
  const pairs = Math.ceil((warmupKeys + measuredKeys) / 2);
  const plan = costlyTableKeys(report, pairs);
  await cell(page, plan.cell).focus();
  await page.keyboard.press('End');
  const samples = await measureKeys(page, plan.keys);
  return { samples: samples.slice(warmupKeys, warmupKeys + measuredKeys), cell: plan.cell };
}

export async function narrativeLatency(page: Page): Promise<KeySample[]> {
  await openStep(page, problemsStep);
  const field = page.locator('[data-field="text.problems"]');
  await field.focus();
  await page.keyboard.press('Control+End');
  return (await measureKeys(page, narrativeKeys(warmupKeys + measuredKeys))).slice(warmupKeys);
}

export type ExportFigures = {
  readonly previewCold: number;
  readonly previewWarm: readonly number[];
  readonly docxCold: number;
  readonly docxWarm: readonly number[];
  readonly cmsHtmlWarm: readonly number[];
};

const status = `(document.querySelector('.preview-status')?.textContent ?? '')`;

/**
 * The preview step (lazy chunk + renderHtml of the report + the sandboxed frame), then its buttons:
 * .docx (first click fetches the docx chunk) and the CMS page (renderCmsHtml), click → status line.
 * Before each measured click the plain .html button is clicked, so the status line must change to count.
 */
export async function browserExport(page: Page, runs: number): Promise<ExportFigures> {
  const previewShown = `document.querySelector('iframe.preview-frame') !== null`;
  const previewCold = (await measureClick(page, previewShown, () => stepButton(page, previewStep).click())).total;
  const previewWarm: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await openStep(page, problemsStep);
    previewWarm.push((await measureClick(page, previewShown, () => stepButton(page, previewStep).click())).total);
  }
  // A report with errors needs the clerk's confirmation before export; say so rather than time out.
  const confirm = page.locator('.preview-confirm input[type=checkbox]');
  if ((await confirm.count()) > 0) {
    throw new Error(`the report has errors at stage final: ${(await page.locator('.preview-confirm').innerText()).trim()}`);
  }
  const buttons = page.locator('.preview-downloads button');
  const resetStatus = async () => {
    await buttons.nth(1).click(); // 下载网页（.html）: a page already rendered, only a Blob
    await page.waitForFunction(`${status}.startsWith('已生成网页文件') && !${status}.includes('网站编辑器用')`);
  };
  const clickDocx = async () => {
    await resetStatus();
    return (await measureClick(page, `${status}.startsWith('已生成 Word 文件')`, () => buttons.nth(0).click())).total;
  };
  const docxCold = await clickDocx();
  const docxWarm: number[] = [];
  for (let i = 0; i < runs; i += 1) docxWarm.push(await clickDocx());
  const cmsHtmlWarm: number[] = [];
  for (let i = 0; i < runs + 1; i += 1) {
    await resetStatus();
    const figure = await measureClick(page, `${status}.includes('网站编辑器用')`, () => buttons.nth(2).click());
    if (i > 0) cmsHtmlWarm.push(figure.total);
  }
  return { previewCold, previewWarm, docxCold, docxWarm, cmsHtmlWarm };
}

export { busyLoopMs };
