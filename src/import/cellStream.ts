import { normalizeLabel } from './normalizeLabel.ts';
import type { RawDocument } from './rawDocument.ts';

/** One table cell, or one paragraph (a table flattened to one cell per line without separators). */
export type StreamCell = {
  readonly text: string;
  readonly normalized: string;
  /** Index of the block it came from. */
  readonly block: number;
  readonly fromParagraph: boolean;
};

// Narrative paragraphs are long; cells are short. Only short paragraphs can be cells.
const longestParagraphCell = 60;
// Text taken from a PDF prints a row as its label and figures separated by spaces.
const labelAndFigures = /^(\S.*?)?((?:\s+|^)(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[０-９]+))+$/;

function paragraphCells(text: string): string[] {
  if (!labelAndFigures.test(text) || !/\s\S*\d\S*$/.test(text)) return [text];
  const tokens = text.split(/\s+/);
  const figuresFrom = tokens.findIndex((_token, i) => tokens.slice(i).every((t) => /^(\d{1,3}(,\d{3})+|\d+(\.\d+)?|[０-９]+)$/.test(t)));
  const labelTokens = tokens.slice(0, figuresFrom);
  // 三、本年度办理结果 （一）予以公开: two labels; 商业 企业: one label broken by a space.
  const labels = labelTokens.every((token) => [...token].length >= 4) ? labelTokens : [labelTokens.join(' ')];
  return [...labels.filter((label) => label !== ''), ...tokens.slice(figuresFrom)];
}

/** Every cell of every table, and every short paragraph, in document order. */
export function cellStream(document: RawDocument): StreamCell[] {
  return document.flatMap((block, index): StreamCell[] => {
    if (block.kind === 'table') {
      return block.rows.flatMap((row) => row.map((text) => ({ text, normalized: normalizeLabel(text), block: index, fromParagraph: false })));
    }
    if ([...block.text].length > longestParagraphCell * 2) return [];
    const cells = paragraphCells(block.text);
    if (cells.length === 1 && [...block.text].length > longestParagraphCell) return [];
    return cells.map((text) => ({ text, normalized: normalizeLabel(text), block: index, fromParagraph: true }));
  });
}
