import { sections } from '../../template/sections.ts';
import { overviewText } from '../overviewText.ts';
import type { Report } from '../reportSchema.ts';

/** A narrative reduced for comparison: its characters (no whitespace or punctuation) and, per character, where it was in `source`. */
export type ComparableText = { readonly chars: string; readonly source: string; readonly at: readonly number[] };

// The template's own wording (spec §2): part headings, the default 一 sub-section headings and the 统计期限 sentence.
const fixedWording = [
  ...sections.map((section) => section.heading),
  ...sections.map((section) => section.heading.replace(/^[一二三四五六]、/, '')),
  '主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障',
];
const periodSentence = /[^。；\n]*(?:统计期限|\d{4}年1月1日至\d{4}年12月31日)[^。；\n]*[。；]?/g;
const ignored = /[\s\p{P}\p{S}]/u;

// Per-character answers cached: a report uses a few thousand distinct characters.
const normalCache = new Map<string, readonly string[]>();
const ignoredCache = new Map<string, boolean>();
function normalised(char: string): readonly string[] {
  let pieces = normalCache.get(char);
  if (pieces === undefined) {
    pieces = Array.from(char.normalize('NFKC'));
    if (normalCache.size < 65_536) normalCache.set(char, pieces);
  }
  return pieces;
}
function isIgnored(char: string): boolean {
  let answer = ignoredCache.get(char);
  if (answer === undefined) {
    answer = ignored.test(char);
    if (ignoredCache.size < 65_536) ignoredCache.set(char, answer);
  }
  return answer;
}

/** The narrative of spec §2: the preamble, 一, 五 and 六 as printed. */
export function narrativeOf(report: Report): string {
  return [report.text.preamble, overviewText(report.text.overview), report.text.problems, report.text.other].join('\n');
}

/**
 * What similarity and repeat rate compare: the narrative without whitespace, punctuation, the agency's own
 * name and the template's fixed wording; positions are kept so passages can be quoted as written.
 */
export function comparableText(text: string, agency: string): ComparableText {
  // Each character normalised on its own (full-width → half-width), remembering where it was written.
  const normal: string[] = [];
  const from: number[] = [];
  let offset = 0;
  for (const char of text) {
    for (const piece of normalised(char)) {
      normal.push(piece);
      from.push(offset);
    }
    offset += char.length;
  }
  const joined = normal.join('');
  const drop = new Uint8Array(joined.length);
  const blank = (start: number, length: number) => drop.fill(1, start, start + length);
  for (const match of joined.matchAll(periodSentence)) blank(match.index, match[0].length);
  const names = [agency.normalize('NFKC').trim(), ...fixedWording].filter((name) => name.length >= 2).sort((a, b) => b.length - a.length);
  for (const name of names) {
    for (let at = joined.indexOf(name); at !== -1; at = joined.indexOf(name, at + name.length)) blank(at, name.length);
  }
  let chars = '';
  const at: number[] = [];
  // Positions in `joined` are UTF-16 units; `normal` holds code points.
  let unit = 0;
  normal.forEach((char, i) => {
    if (drop[unit] !== 1 && !isIgnored(char)) {
      chars += char;
      at.push(from[i] ?? 0);
    }
    unit += char.length;
  });
  return { chars, source: text, at };
}
/** A report's comparable narrative. */
export function comparableNarrative(report: Report): ComparableText {
  let known = comparableCache.get(report);
  if (!known) {
    known = comparableText(narrativeOf(report), report.meta.agency);
    comparableCache.set(report, known);
  }
  return known;
}

// Reports are immutable values: a batch measures each one against several others.
const comparableCache = new WeakMap<Report, ComparableText>();
