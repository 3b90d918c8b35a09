import { findPartHeading } from './findPartHeading.ts';
import { labelCore, normalizeLabel } from './normalizeLabel.ts';
import type { RawBlock } from './rawDocument.ts';
import { readDate } from './readDate.ts';
import { readTitle } from './readTitle.ts';
import { tableSpecs } from './tableSpecs.ts';
import type { PageBlocks } from './treeToBlocks.ts';

type Range = { readonly start: number; readonly end: number };

export type Article = {
  /** Blocks [start, end) of the page: the report's own region. */
  readonly start: number;
  readonly end: number;
  /** The title's block when it sits before the region (its own <h1> or title box). */
  readonly titleBlock?: number;
};

const officialLabels = new Set(tableSpecs.flatMap((spec) => spec.allLabels).flatMap((label) => {
  const normalized = normalizeLabel(label);
  return [normalized, labelCore(normalized)];
}));
// Fewer than this many official labels and figures in one table: a menu or a box of links, not one of the report's tables.
const tableEvidence = 3;
// A heading weighs 1, a table of the report 2; below this the page shows no report to find (a fragment, a plain text).
const enoughEvidence = 3;

const isLinkText = (facts: PageBlocks['facts'][number] | undefined) => facts !== undefined && facts.chars > 0 && facts.linkChars >= facts.chars * 0.6;

function evidenceOf(block: RawBlock, facts: PageBlocks['facts'][number] | undefined): number {
  if (block.kind === 'paragraph') return !isLinkText(facts) && findPartHeading(block.text) ? 1 : 0;
  const labels = new Set<string>();
  let figures = 0;
  block.rows.forEach((row, r) => row.forEach((text, c) => {
    if (facts?.linkedCells?.[r]?.[c]) return;
    const normalized = normalizeLabel(text);
    if (officialLabels.has(normalized) || officialLabels.has(labelCore(normalized))) labels.add(labelCore(normalized));
    else if (/^\d+(\.\d+)?(件|万元|元|个)?$/.test(normalized)) figures += 1;
  }));
  // A menu of the same words (规章, 行政规范性文件, 行政许可 …) has labels but no figures.
  return labels.size >= tableEvidence && figures >= tableEvidence ? 2 : 0;
}

// A title in a breadcrumb (首页 > 政务公开 > 某某局2024年…) is not the page's title.
const crumbLike = /[>＞»›/|]/;
const titleAt = (blocks: readonly RawBlock[], index: number) => {
  const block = blocks[index];
  return block?.kind === 'paragraph' && !crumbLike.test(block.text) ? readTitle(block.text) : undefined;
};
const shortLine = (block: RawBlock | undefined): block is Extract<RawBlock, { kind: 'paragraph' }> =>
  block?.kind === 'paragraph' && [...block.text].length <= 40 && !/[。，,；;：:！？]/.test(block.text);

/**
 * The report's region of a saved page, as reader modes find an article: the smallest element holding every
 * part heading and every table of the report (menus, breadcrumbs, related links and footers lie outside
 * it), the title before it, and a signature and date the template left just outside. Undefined when the
 * page shows too little of a report to tell (the whole page is then read, as before).
 */
export function findArticle(page: PageBlocks): Article | undefined {
  const { blocks, facts, containers } = page;
  const headings: number[] = [];
  const tables: number[] = [];
  blocks.forEach((block, i) => {
    const weight = evidenceOf(block, facts[i]);
    if (weight === 1) headings.push(i);
    else if (weight === 2) tables.push(i);
  });
  if (headings.length + 2 * tables.length < enoughEvidence) return undefined;
  const inside = (list: readonly number[], container: Range) => list.filter((i) => i >= container.start && i < container.end).length;
  const smallest = (holds: (container: Range) => boolean): Range => {
    let best: Range = { start: 0, end: blocks.length };
    for (const container of containers) {
      if (container.end - container.start <= best.end - best.start && holds(container)) best = container;
    }
    return best;
  };
  const all = smallest((c) => inside(headings, c) === headings.length && inside(tables, c) === tables.length);
  // A plain-text outline of the parts elsewhere on the page repeats their headings: then the region is where the
  // tables are with their own headings, not everything between the outline and the tables.
  const withTables = tables.length === 0 ? all : smallest((c) => inside(tables, c) === tables.length && 2 * inside(headings, c) >= headings.length);
  const sectionOf = (i: number) => findPartHeading((blocks[i] as { text: string }).text)?.section.id;
  const within = new Set(headings.filter((i) => i >= withTables.start && i < withTables.end).map(sectionOf));
  const repeated = headings.some((i) => (i < withTables.start || i >= withTables.end) && within.has(sectionOf(i)));
  const best = repeated ? withTables : all;
  const { start } = best;
  let { end } = best;
  // A signature and date in a box of their own just after the text (some templates print them there).
  if (!(blocks[end - 1]?.kind === 'paragraph' && readDate((blocks[end - 1] as { text: string }).text))) {
    const next = blocks[end];
    const after = blocks[end + 1];
    if (shortLine(next) && !isLinkText(facts[end]) && readDate(next.text)) end += 1;
    else if (shortLine(next) && shortLine(after) && !isLinkText(facts[end]) && !isLinkText(facts[end + 1]) && readDate(after.text)) end += 2;
  }
  // The title: the nearest title line before the region, unless the region opens with its own.
  const ownTitle = [start, start + 1, start + 2].some((i) => i < end && titleAt(blocks, i) !== undefined);
  let titleBlock: number | undefined;
  if (!ownTitle) {
    for (let i = start - 1; i >= 0; i -= 1) {
      if (!isLinkText(facts[i]) && titleAt(blocks, i)) {
        titleBlock = i;
        break;
      }
    }
  }
  return { start, end, ...(titleBlock !== undefined ? { titleBlock } : {}) };
}
