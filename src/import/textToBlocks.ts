import type { RawBlock, RawDocument } from './rawDocument.ts';

// Web pages copied as text flatten tables with `|` (one row per line, or one cell per line) or tabs.
const separator = /[|\t]/;
const bareValue = /^[\s\d.,０-９．，-]*$/;

/** Cells of one flattened line: every cell ends with a separator, except the table's very last. */
function cellsOfLine(line: string): string[] {
  const pieces = line.split(separator);
  if (/[|\t]\s*$/.test(line)) pieces.pop();
  return pieces.map((piece) => piece.trim());
}

/** Plain text → paragraphs and tables. */
export function textToBlocks(text: string): RawDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028|\u2029/);
  const blocks: RawBlock[] = [];
  let rows: string[][] | null = null;
  const closeTable = () => {
    if (rows) blocks.push({ kind: 'table', rows });
    rows = null;
  };
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (separator.test(line)) {
      rows ??= [];
      rows.push(cellsOfLine(line));
    } else if (rows && bareValue.test(trimmed)) {
      // The last cell of a flattened table carries no separator.
      rows.push([trimmed]);
      closeTable();
    } else {
      closeTable();
      blocks.push({ kind: 'paragraph', text: trimmed });
    }
  }
  closeTable();
  return blocks;
}
