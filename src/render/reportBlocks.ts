import { normalizeText } from '../model/narrative/normalizeText.ts';
import { tableLayout, type TableGrid } from '../model/tableLayout.ts';
import type { Report } from '../model/reportSchema.ts';
import { chineseOrdinals, sections, type SectionDef, type SectionId } from '../template/sections.ts';
import { tableById } from '../template/tables.ts';
import { signatureBlock, type SignatureBlock } from './signatureBlock.ts';
import { titleLines } from './reportTitle.ts';

/** The report as a sequence of printable blocks: what both the HTML and the Word renderer draw. */
export type ReportBlock =
  | { readonly kind: 'title'; readonly lines: readonly string[] }
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string; readonly section: SectionId }
  | { readonly kind: 'paragraph'; readonly text: string; readonly hasLink?: true }
  | { readonly kind: 'table'; readonly grid: TableGrid }
  | { readonly kind: 'signature'; readonly signature: SignatureBlock };

/** Paragraphs of a stored text: one per line, blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '');
}

/**
 * Text as published: the rules of 一键规范 (full-width punctuation among Chinese, dates, stray spaces) applied,
 * so ASCII marks carried over from a web copy never reach the official document; the preview shows the same.
 */
export const publishedText = (text: string): string => normalizeText(text).text;

// A web address or other long run without spaces: the line before it would be stretched letter by letter if
// justified, so such a paragraph is set flush left (and the address may wrap anywhere on a phone).
const longRun = /(?:https?:\/\/|www\.)\S+|[\x21-\x7e]{24,}/;

function paragraphBlock(text: string): ReportBlock {
  return longRun.test(text) ? { kind: 'paragraph', text, hasLink: true } : { kind: 'paragraph', text };
}

const paragraphs = (text: string): ReportBlock[] => paragraphsOf(publishedText(text)).map(paragraphBlock);

// （一）存在的主要问题 on a line of its own in 五 or 六: a level-2 heading (楷体), not body text. A line that goes
// on into a sentence (。 or ； inside) stays a paragraph.
const subHeading = /^（[一二三四五六七八九十]{1,3}）[^。；;]{1,30}[：:]?$/;

/** Paragraphs of 五 or 六, with their own （一）… lines as sub-headings. */
function partWithSubHeadings(text: string, section: SectionId): ReportBlock[] {
  return paragraphsOf(publishedText(text)).map((line): ReportBlock =>
    subHeading.test(line) ? { kind: 'heading', level: 2, section, text: line } : paragraphBlock(line));
}

/** （一）, （二）… by position; beyond the list, Arabic numerals keep the order honest. */
export function subsectionNumber(index: number): string {
  return `（${chineseOrdinals[index] ?? String(index + 1)}）`;
}

function overviewBlocks(report: Report): ReportBlock[] {
  const { intro, sections: subsections } = report.text.overview;
  // A sub-section left completely empty is not printed, so the numbering has no gap.
  const written = subsections.filter((s) => s.heading.trim() !== '' || s.body.trim() !== '');
  return [
    ...paragraphs(intro),
    ...written.flatMap((subsection, i): ReportBlock[] => [
      { kind: 'heading', level: 2, section: 'overview', text: `${subsectionNumber(i)}${publishedText(subsection.heading.trim())}` },
      ...paragraphs(subsection.body),
    ]),
  ];
}

const sectionBody = {
  overview: overviewBlocks,
  active: (report) => [...paragraphs(report.text.active), { kind: 'table', grid: tableLayout(tableById.active) }],
  requests: (report) => [...paragraphs(report.text.requests), { kind: 'table', grid: tableLayout(tableById.requests) }],
  appeals: (report) => [...paragraphs(report.text.appeals), { kind: 'table', grid: tableLayout(tableById.appeals) }],
  problems: (report) => partWithSubHeadings(report.text.problems, 'problems'),
  other: (report) => partWithSubHeadings(report.text.other, 'other'),
} as const satisfies Record<SectionId, (report: Report) => ReportBlock[]>;

function sectionBlocks(report: Report, section: SectionDef): ReportBlock[] {
  return [{ kind: 'heading', level: 1, section: section.id, text: section.heading }, ...sectionBody[section.id](report)];
}

/** Title, opening paragraphs, the six parts in order, then the agency and date. */
export function reportBlocks(report: Report): ReportBlock[] {
  return [
    { kind: 'title', lines: titleLines(report) },
    ...paragraphs(report.text.preamble),
    ...sections.flatMap((section) => sectionBlocks(report, section)),
    { kind: 'signature', signature: signatureBlock(report) },
  ];
}
