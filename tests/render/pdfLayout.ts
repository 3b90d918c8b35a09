import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { labelWords } from '../../src/render/labelWords.ts';
import { officialLabels } from './renderFixtures.ts';

/** A word as pdftotext -bbox-layout places it: page from 1, points from the top left. */
export type PdfWord = { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number };

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every word of a PDF with its box. */
export function pdfWords(pdf: string): PdfWord[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: PdfWord[] = [];
  let page = 0;
  for (const match of xml.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (match[0] === '<page ') {
      page += 1;
      continue;
    }
    words.push({ page, xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]), text: decode(match[5] ?? '') });
  }
  return words;
}

/** Several .docx files converted by one LibreOffice run (its start-up is most of the time); name → PDF path. */
export function docxToPdfs(files: ReadonlyMap<string, Uint8Array>): { dir: string; pdfs: Map<string, string>; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'docx-layout-'));
  const docxs = [...files].map(([name, bytes]) => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...docxs], { stdio: 'pipe', timeout: 300_000 });
  const present = new Set(readdirSync(dir));
  const pdfs = new Map([...files.keys()].filter((name) => present.has(`${name}.pdf`)).map((name) => [name, join(dir, `${name}.pdf`)]));
  return { dir, pdfs, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A table label found in the PDF as stacked pieces, one per printed line. */
export type PrintedLabel = { label: string; page: number; pieces: string[] };

/** Character offsets inside a label where a person may break the line (between its listed words). */
function allowedBreaks(label: string): Set<number> {
  const breaks = new Set<number>();
  let at = 0;
  for (const word of labelWords(label)) {
    at += [...word].length;
    breaks.add(at);
  }
  return breaks;
}

const height = (word: PdfWord) => word.yMax - word.yMin;
const sameColumn = (a: PdfWord, b: PdfWord) => Math.abs(a.xMin - b.xMin) < 2 || Math.abs(a.xMin + a.xMax - b.xMin - b.xMax) < 4;

/** The pieces under `top` that complete `rest`, line by line, or undefined. */
function continuation(words: readonly PdfWord[], top: PdfWord, rest: string): PdfWord[] | undefined {
  if (rest === '') return [];
  const below = words.filter((w) => w.page === top.page && w.yMin > top.yMin + 0.5 * height(top) && w.yMin < top.yMin + 1.9 * height(top) && sameColumn(top, w));
  for (const next of below) {
    if (!rest.startsWith(next.text)) continue;
    const more = continuation(words, next, rest.slice(next.text.length));
    if (more) return [next, ...more];
  }
  return undefined;
}

const tableLabels = [...new Set(officialLabels)];

/** Every table label printed over more than one line, with its pieces. */
export function brokenLabels(words: readonly PdfWord[]): PrintedLabel[] {
  const found: PrintedLabel[] = [];
  for (const word of words) {
    for (const label of tableLabels) {
      if (word.text === label || !label.startsWith(word.text)) continue;
      const rest = continuation(words, word, label.slice(word.text.length));
      if (rest) found.push({ label, page: word.page, pieces: [word.text, ...rest.map((w) => w.text)] });
    }
  }
  return found;
}

/** What a reader would mark: a label broken inside a word, or a piece of one character alone on its line. */
export function labelDefects(labels: readonly PrintedLabel[]): { wordBreaks: PrintedLabel[]; loneCharacters: PrintedLabel[] } {
  const wordBreaks = labels.filter(({ label, pieces }) => {
    const allowed = allowedBreaks(label);
    let at = 0;
    return pieces.slice(0, -1).some((piece) => {
      at += [...piece].length;
      return !allowed.has(at);
    });
  });
  const loneCharacters = labels.filter(({ pieces }) => pieces.some((piece) => [...piece].length === 1));
  return { wordBreaks, loneCharacters };
}

/** Printed lines of body text: words of a page with the same top, joined, top to bottom. */
export function pageLines(words: readonly PdfWord[], page: number): { text: string; yMin: number }[] {
  const lines: { text: string; yMin: number; xMin: number }[][] = [];
  for (const word of words.filter((w) => w.page === page).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const line = lines.find((l) => Math.abs((l[0]?.yMin ?? 0) - word.yMin) < 2);
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines
    .map((line) => ({ text: [...line].sort((a, b) => a.xMin - b.xMin).map((w) => w.text).join(''), yMin: line[0]?.yMin ?? 0 }))
    .sort((a, b) => a.yMin - b.yMin);
}

const pageNumber = /^\u2014\d+\u2014$/;

/** The last line of text on each page but the last, page numbers left out. */
export function pageEnds(words: readonly PdfWord[]): { page: number; text: string }[] {
  const pages = Math.max(0, ...words.map((w) => w.page));
  const ends: { page: number; text: string }[] = [];
  for (let page = 1; page < pages; page += 1) {
    const lines = pageLines(words, page).filter((line) => !pageNumber.test(line.text.replace(/\s/g, '')));
    const last = lines[lines.length - 1];
    if (last) ends.push({ page, text: last.text });
  }
  return ends;
}

/** Pages ending with a heading (or the start of one). */
export function headingsEndingPages(words: readonly PdfWord[], headings: readonly string[]): { page: number; text: string }[] {
  return pageEnds(words).filter(({ text }) => text.length >= 2 && headings.some((heading) => heading.startsWith(text) || heading === text));
}

/** Pages on which a piece of text starts (its first characters as a word's start). */
const pagesWith = (words: readonly PdfWord[], start: string) => [...new Set(words.filter((w) => w.text.startsWith(start)).map((w) => w.page))];

/**
 * Table 三 on the page it starts: the whole table, from its header to 四、结转下年度继续办理 (it fits one A4 page in
 * 小五). A table cut anywhere is a defect, named by the first row printed on another page.
 */
export function requestsTableSplit(words: readonly PdfWord[]): { startPage: number; pages: number[]; defect: string | undefined } {
  const header = pagesWith(words, '申请人情况');
  const startPage = header[0] ?? 0;
  const rowPage = (start: string) => pagesWith(words, start).find((p) => p >= startPage) ?? 0;
  const rows = ['一、本年新收', '二、上年结转', '（一）予以公开', '（二）部分公开', '（七）总计', '四、结转下年度'];
  const moved = rows.find((row) => rowPage(row) !== startPage);
  const defect = moved === undefined ? undefined : `table 三 cut across pages: ${moved} on page ${rowPage(moved)}, header on page ${startPage}`;
  return { startPage, pages: header, defect };
}

/**
 * Table 二's 第二十条 blocks: each block's heading row on the same page as the block's last row (a block, its
 * header rows included, is never cut, nor its heading left alone at a page foot).
 */
export function activeBlocksSplit(words: readonly PdfWord[]): string[] {
  const defects: string[] = [];
  const blockHeads = ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'];
  const lastRows = ['行政规范性文件', '行政许可', '行政强制', '行政事业性收费'];
  for (const [i, head] of blockHeads.entries()) {
    const headPage = pagesWith(words, head)[0];
    const last = pagesWith(words, lastRows[i] ?? '').find((p) => p >= (headPage ?? 0));
    if (headPage === undefined || last === undefined) defects.push(`${head}: not found`);
    else if (last !== headPage) defects.push(`${head} on page ${headPage}, its last row on page ${last}`);
  }
  return defects;
}
