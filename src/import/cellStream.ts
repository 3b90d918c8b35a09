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

/** Every cell of every table, and every short paragraph, in document order. */
export function cellStream(document: RawDocument): StreamCell[] {
  return document.flatMap((block, index): StreamCell[] => {
    if (block.kind === 'table') {
      return block.rows.flatMap((row) => row.map((text) => ({ text, normalized: normalizeLabel(text), block: index, fromParagraph: false })));
    }
    if ([...block.text].length > longestParagraphCell) return [];
    return [{ text: block.text, normalized: normalizeLabel(block.text), block: index, fromParagraph: true }];
  });
}
