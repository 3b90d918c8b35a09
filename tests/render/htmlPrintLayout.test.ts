import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html/renderHtml.ts';
import { chromiumArgs, chromiumPath } from '../e2e/chromiumOptions.ts';
import { linesPerPage, shifted } from './layoutFixtures.ts';
import { activeBlocksSplit, pdfWords, requestsTableSplit, type PdfWord } from './pdfLayout.ts';

// The published page (and the app's print preview, which uses the same print rules) printed by Chromium to A4,
// read back word by word: one variant per line position of the page, so table 三 and every 第二十条 block of
// table 二 reach the foot of a page in some variant.
const variants = Array.from({ length: linesPerPage }, (_, k) => k);

describe('the published page printed by Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'html-print-'));
  const words = new Map<number, PdfWord[]>();

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
    const page = await browser.newPage();
    for (const k of variants) {
      await page.setContent(renderHtml(shifted(k)));
      const pdf = join(dir, `shift-${k}.pdf`);
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
      words.set(k, pdfWords(pdf));
    }
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints table 三 whole on one page, moving it to the next page when it does not fit', () => {
    const splits = [...words].map(([k, all]) => ({ k, ...requestsTableSplit(all) }));
    expect(splits.filter((s) => s.defect !== undefined).map((s) => `${s.k}: ${s.defect}`)).toEqual([]);
    expect(splits.every((s) => s.pages.length === 1)).toBe(true);
    expect(new Set(splits.map((s) => s.startPage)).size).toBeGreaterThan(1);
  });

  it('keeps each 第二十条 block of table 二 whole, its heading row never alone at a page foot', () => {
    for (const [k, all] of words) expect(activeBlocksSplit(all).map((d) => `${k}: ${d}`)).toEqual([]);
  });
});
