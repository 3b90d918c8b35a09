import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCell } from '../../src/model/cellAccess.ts';
import { readReportText } from '../../src/model/readReport.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { cell, openStep, progressNumber, waitForSaved } from './wizardActions.ts';

// The grid writes a typed figure to the form just after the next frame; these check, in Chromium, that the
// clerk sees exactly what was typed meanwhile and that nothing typed a moment before anything else is lost.
const r = (row: string, col: string) => `tables.requests.${row}.${col}`;
const requestsStep = '三、收到和处理政府信息公开申请情况';

type Recorded = { cell: string; text: string };

/**
 * From now on, every text the page itself gives a cell's input (typing by keyboard does not go through this).
 * Before the grid mounts: React keeps the setter it finds when an input mounts.
 */
async function recordCellTexts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const own = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    if (!own?.set) throw new Error('no value setter');
    const setter = own.set;
    const texts: { cell: string; text: string }[] = [];
    Object.assign(window, { cellTexts: texts });
    Object.defineProperty(HTMLInputElement.prototype, 'value', {
      ...own,
      set(this: HTMLInputElement, text: string) {
        const path = this.dataset['cell'];
        if (path !== undefined) texts.push({ cell: path, text: String(text) });
        setter.call(this, text);
      },
    });
  });
}

const forgetTexts = (page: Page): Promise<void> => page.evaluate(() => {
  (window as unknown as { cellTexts: Recorded[] }).cellTexts.length = 0;
});

const recordedTexts = (page: Page, path: string): Promise<string[]> =>
  page.evaluate((wanted) => ((window as unknown as { cellTexts: Recorded[] }).cellTexts)
    .filter((entry) => entry.cell === wanted).map((entry) => entry.text), path);

/** Frames stop coming to the app: a typed figure then waits for the grid's fallback timer (100 ms). */
const holdFrames = (page: Page): Promise<void> => page.evaluate(() => {
  window.requestAnimationFrame = () => 0;
});

/** Resolves after two more frames and a task: anything queued after the frame following a keystroke has run. */
const afterFrames = (page: Page): Promise<void> => page.evaluate(() => new Promise<void>((resolve) => {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
}));

describe('grid: a typed figure lands just after the next frame and is never lost (Chromium)', () => {
  let session: AppSession;
  let page: Page;
  beforeAll(async () => {
    session = await openApp();
    page = session.page;
    await page.getByRole('button', { name: '关闭提示，直接填写' }).click();
    await recordCellTexts(page);
    await openStep(page, requestsStep);
  });
  afterAll(close);

  it('shows full-width １２ as typed until the cell is left; the page never puts another text in between', async () => {
    expect(await progressNumber(page, 'filled')).toBe(0);
    await cell(page, r('received', 'natural')).focus();
    await forgetTexts(page);
    await page.keyboard.type('１２');
    expect(await cell(page, r('received', 'natural')).inputValue()).toBe('１２');
    // The figure has reached the form: the progress counts it, the draft is saved with it.
    await expect.poll(() => progressNumber(page, 'filled')).toBe(1);
    await waitForSaved(page);
    expect(await cell(page, r('received', 'natural')).inputValue()).toBe('１２');
    expect(await recordedTexts(page, r('received', 'natural'))).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await cell(page, r('received', 'natural')).inputValue()).toBe('12');
    expect(await recordedTexts(page, r('received', 'natural'))).toEqual(['12']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(r('carriedOver', 'natural'));
  });

  it('Ctrl+Z pressed right after typing undoes the typing, and it stays undone after the frame', async () => {
    const target = cell(page, r('received', 'natural'));
    await target.focus();
    await page.keyboard.type('9');
    await page.keyboard.press('Control+z');
    expect(await target.inputValue()).toBe('12');
    await afterFrames(page);
    expect(await target.inputValue()).toBe('12');
    // Leaving the cell shows what the form holds.
    await page.keyboard.press('Tab');
    expect(await target.inputValue()).toBe('12');
  });

  it('a figure typed just before 保存为文件 is in the saved file', async () => {
    await holdFrames(page);
    await cell(page, r('received', 'commercial')).focus();
    await page.keyboard.type('4');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存为文件' }).click()]);
    const read = readReportText(readFileSync((await download.path())!, 'utf8'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(getCell(read.report, r('received', 'commercial'))).toBe(4);
    expect(getCell(read.report, r('received', 'natural'))).toBe(12);
  });

  it('a figure typed just before the tab is closed is in the draft when the app is opened again', async () => {
    await cell(page, r('received', 'research')).focus();
    await holdFrames(page);
    await page.keyboard.type('7');
    await page.close({ runBeforeUnload: true });
    page = await session.newPage();
    await page.locator('#step-heading').waitFor();
    await openStep(page, requestsStep);
    expect(await cell(page, r('received', 'research')).inputValue()).toBe('7');
    expect(await cell(page, r('received', 'commercial')).inputValue()).toBe('4');
    expect(await cell(page, r('received', 'natural')).inputValue()).toBe('12');
  });

  it('threw no error in the page and asked no other host', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.externalRequests).toEqual([]);
  });
});
