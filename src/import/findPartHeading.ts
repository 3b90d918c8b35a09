import type { SectionDef } from '../template/sections.ts';
import { sections } from '../template/sections.ts';
import { bigramSimilarity, normalizeLabel } from './normalizeLabel.ts';

const numbered = /^\s*([一二三四五六七八九十])\s*[、.．,，]\s*(.+)$/;

/**
 * The part a paragraph is the heading of, if it is one: 一、总体情况 … 六、其他需要报告的事项,
 * allowing reworded headings (五、工作中的主要问题和改进打算) and a run-in heading ending with 。.
 */
export function findPartHeading(paragraph: string): { section: SectionDef; rest: string } | undefined {
  const stop = paragraph.indexOf('。');
  const head = stop >= 0 ? paragraph.slice(0, stop) : paragraph;
  const rest = stop >= 0 ? paragraph.slice(stop + 1).trim() : '';
  if ([...head].length > 40) return undefined;
  const match = numbered.exec(head);
  if (!match) return undefined;
  const [, numeral = '', title = ''] = match;
  let best: { section: SectionDef; score: number } | undefined;
  for (const section of sections) {
    const official = normalizeLabel(section.heading.slice(2));
    const score = bigramSimilarity(normalizeLabel(title), official);
    // Same number: a loose likeness is enough; another number: the wording must be close (parts out of order).
    const needed = section.numeral === numeral ? 0.3 : 0.6;
    if (score >= needed && (!best || score > best.score)) best = { section, score };
  }
  return best ? { section: best.section, rest } : undefined;
}
