import type { SectionId } from '../template/sections.ts';
import { sections } from '../template/sections.ts';
import type { ImportNote } from './importNote.ts';
import { findPartHeading } from './findPartHeading.ts';
import { labelScore } from './normalizeLabel.ts';
import type { RawDocument } from './rawDocument.ts';
import { readDate } from './readDate.ts';
import { readTitle } from './readTitle.ts';
import { tableSpecs } from './tableSpecs.ts';
import { isWebChrome } from './webChrome.ts';

export type Narrative = {
  readonly title?: { agency: string; year: number };
  readonly preamble: readonly string[];
  readonly parts: Readonly<Record<SectionId, readonly string[]>>;
  readonly headingsFound: ReadonlySet<SectionId>;
  readonly issuedOn?: { iso: string; irregular: boolean; written: string };
  readonly signature?: string;
  /** 来源：某某局 in a page's header line. */
  readonly source?: string;
  readonly notes: readonly ImportNote[];
};

const tableLabels = tableSpecs.flatMap((spec) => spec.allLabels);
const leftover = (paragraph: string) =>
  /^[\s|\d.,\-—/]*$/.test(paragraph) ||
  ([...paragraph].length <= 60 && tableLabels.some((label) => labelScore(paragraph, label) >= 0.6));
const signatureLike = (line: string) => [...line].length <= 40 && !/[。，,；;：:！？]/.test(line);

/** The narrative: title, preamble, the six parts by their headings, signature and date. */
export function readNarrative(document: RawDocument, usedBlocks: ReadonlySet<number>): Narrative {
  const notes: ImportNote[] = [];
  let source: string | undefined;
  let chromeLines = 0;
  const paragraphs: string[] = [];
  document.forEach((block, index) => {
    if (block.kind !== 'paragraph' || usedBlocks.has(index)) return;
    if (isWebChrome(block.text)) {
      chromeLines += 1;
      const from = /来源[:：]\s*([^\s|，,]{2,40})/.exec(block.text);
      if (from?.[1]) source ??= from[1];
      return;
    }
    paragraphs.push(block.text);
  });
  if (chromeLines > 0) notes.push({ level: 'info', paths: [], message: `已略去 ${chromeLines} 行网页内容（页头、页脚、浏览量等）` });

  const parts: Record<SectionId, string[]> = { overview: [], active: [], requests: [], appeals: [], problems: [], other: [] };
  const headingsFound = new Set<SectionId>();
  const before: string[] = [];
  let current: SectionId | undefined;
  for (const paragraph of paragraphs) {
    const heading = findPartHeading(paragraph);
    if (heading) {
      current = heading.section.id;
      headingsFound.add(current);
      if (heading.rest !== '') parts[current].push(heading.rest);
      continue;
    }
    if (current) parts[current].push(paragraph);
    else before.push(paragraph);
  }

  let title: Narrative['title'];
  for (let i = 0; i < Math.min(3, before.length) && !title; i += 1) {
    const found = readTitle(before[i] ?? '');
    const joined = i + 1 < before.length ? readTitle(`${before[i] ?? ''}${before[i + 1] ?? ''}`) : undefined;
    if (found) {
      // A long title printed on two lines: the agency alone on the line above.
      const above = before[i - 1];
      if (found.agency === '' && above !== undefined && signatureLike(above)) {
        title = { agency: above, year: found.year };
      } else title = found;
      before.splice(0, i + 1);
    } else if (joined && signatureLike(before[i] ?? '')) {
      title = joined;
      before.splice(0, i + 2);
    }
  }

  let issuedOn: Narrative['issuedOn'];
  let signature: string | undefined;
  const last = current ? parts[current] : before;
  const dateLine = last[last.length - 1];
  const date = dateLine === undefined ? undefined : readDate(dateLine);
  // 年　月　日 left for a hand-written date: a signature without a date.
  const undated = dateLine !== undefined && /^年\s*月\s*日$/.test(dateLine.trim());
  if ((date || undated) && dateLine !== undefined) {
    if (date) issuedOn = { ...date, written: dateLine };
    last.pop();
    const signatureLine = last[last.length - 1];
    if (signatureLine !== undefined && signatureLike(signatureLine)) {
      signature = signatureLine;
      last.pop();
    }
  } else if (dateLine !== undefined && title !== undefined && title.agency !== '' && dateLine.trim() === title.agency.trim()) {
    // The web page of an undated report ends with the agency alone (年　月　日 is for a pen, on paper only).
    signature = dateLine.trim();
    last.pop();
  }

  for (const id of ['active', 'requests', 'appeals'] as const) parts[id] = parts[id].filter((line) => !leftover(line));
  for (const section of sections) {
    if (!headingsFound.has(section.id)) {
      notes.push({
        level: section.table ? 'info' : 'warning',
        paths: [],
        message: `未找到标题「${section.heading}」${section.table ? '' : '，这一部分的文字可能并入了前一部分或留空'}，请核对`,
      });
    }
  }
  return {
    ...(title ? { title } : {}),
    preamble: before,
    parts,
    headingsFound,
    ...(issuedOn ? { issuedOn } : {}),
    ...(signature !== undefined ? { signature } : {}),
    ...(source !== undefined ? { source } : {}),
    notes,
  };
}
