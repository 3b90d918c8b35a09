import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderHtml } from '../../src/render/html/renderHtml.ts';
import { labelWords } from '../../src/render/labelWords.ts';
import { chromiumArgs, chromiumPath } from '../e2e/chromiumOptions.ts';
import { layoutReport } from './layoutFixtures.ts';

// The published page in Chromium at a desktop, a tablet and a phone width: every table label read back line
// by line (character boxes), the tables and the web address measured against their boxes.

type PrintedLabel = { text: string; pieces: string[] };

/** Each label cell's text as the lines Chromium put it on. */
function printedLabels(page: Page): Promise<PrintedLabel[]> {
  return page.evaluate(() => [...document.querySelectorAll('table th, table td.note')].map((cell) => {
    const lines: { top: number; text: string }[] = [];
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i += 1) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        const line = lines.find((l) => Math.abs(l.top - top) < 4);
        if (line) line.text += text[i];
        else lines.push({ top, text: text[i] ?? '' });
      }
    }
    return { text: cell.textContent ?? '', pieces: lines.sort((a, b) => a.top - b.top).map((l) => l.text) };
  }));
}

function badBreaks(labels: readonly PrintedLabel[]): string[] {
  return labels.flatMap(({ text, pieces }) => {
    const allowed = new Set<number>();
    let at = 0;
    for (const word of labelWords(text)) allowed.add((at += word.length));
    let offset = 0;
    const bad = pieces.slice(0, -1).some((piece) => !allowed.has((offset += piece.length))) || pieces.some((p) => p.length === 1);
    return bad ? [pieces.join('/')] : [];
  });
}

describe('the published page in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
    page = await browser.newPage();
    await page.setContent(renderHtml(layoutReport));
  }, 60_000);
  afterAll(async () => browser?.close());

  for (const width of [1100, 768, 390]) {
    it(`at ${width} px breaks table labels only between words, never one character alone`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const labels = await printedLabels(page);
      expect(labels.length).toBeGreaterThan(70);
      expect(badBreaks(labels)).toEqual([]);
    });
  }

  it('breaks narrow labels where a person would at 1100 px (the check sees the breaks)', async () => {
    await page.setViewportSize({ width: 1100, height: 900 });
    const pieces = (await printedLabels(page)).map((l) => l.pieces.join('/'));
    expect(pieces).toContain('三、/本年度/办理/结果');
    expect(pieces).toContain('结果/维持');
  });

  for (const width of [1100, 1024, 768]) {
    it(`at ${width} px every table fits its box, and no cell's text runs out of its cell`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => ({
        tables: [...document.querySelectorAll('.table-scroll')].filter((box) => box.scrollWidth > box.clientWidth + 1).map((box) => box.querySelector('table')?.className),
        cells: [...document.querySelectorAll('th, td')].filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent),
      }));
      expect(overflow).toEqual({ tables: [], cells: [] });
    });
  }

  it('wraps a long web address on a phone instead of running off the screen', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    const wide = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
      links: [...document.querySelectorAll('.paragraph-link')].map((p) => p.scrollWidth - p.clientWidth),
    }));
    expect(wide.links.length).toBeGreaterThan(0);
    expect(wide.links.every((extra) => extra <= 1)).toBe(true);
    expect(wide.page).toBeLessThanOrEqual(wide.view);
  });
});
