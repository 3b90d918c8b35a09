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
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly grid: TableGrid }
  | { readonly kind: 'signature'; readonly signature: SignatureBlock };

/** Paragraphs of a stored text: one per line, blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '');
}

const paragraphs = (text: string): ReportBlock[] => paragraphsOf(text).map((line) => ({ kind: 'paragraph', text: line }));

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
      { kind: 'heading', level: 2, section: 'overview', text: `${subsectionNumber(i)}${subsection.heading.trim()}` },
      ...paragraphs(subsection.body),
    ]),
  ];
}

const sectionBody = {
  overview: overviewBlocks,
  active: (report) => [...paragraphs(report.text.active), { kind: 'table', grid: tableLayout(tableById.active) }],
  requests: (report) => [...paragraphs(report.text.requests), { kind: 'table', grid: tableLayout(tableById.requests) }],
  appeals: (report) => [...paragraphs(report.text.appeals), { kind: 'table', grid: tableLayout(tableById.appeals) }],
  problems: (report) => paragraphs(report.text.problems),
  other: (report) => paragraphs(report.text.other),
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
