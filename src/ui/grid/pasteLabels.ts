import { parseCellInput } from '../../model/parseCellInput.ts';

const numeric = (text: string): boolean =>
  typeof parseCellInput(text, 'count') === 'number' || typeof parseCellInput(text, 'amount') === 'number';
// Labels of the official tables are words; a mistyped figure (1,5 or -3) is not a label and stays.
const label = (text: string): boolean => /\p{Script=Han}/u.test(text) && !numeric(text);

export type WithoutLabels = {
  readonly rows: string[][];
  /** How many leading header rows and row-label columns were left out (to tell the clerk). */
  readonly headerRows: number;
  readonly labelColumns: number;
};

/**
 * A block copied with its headings (the official table from last year's Excel file, or a web page):
 * leading columns that hold only labels, and then leading rows that hold only labels, are left out.
 * A single cell is never touched: text pasted into one cell is kept and flagged like typed text.
 */
export function withoutLabels(rows: readonly (readonly string[])[]): WithoutLabels {
  const cells = rows.reduce((count, row) => count + row.length, 0);
  if (cells <= 1) return { rows: rows.map((row) => [...row]), headerRows: 0, labelColumns: 0 };
  const width = Math.max(0, ...rows.map((row) => row.length));
  const columns = Array.from({ length: width }, (_, i) => rows.map((row) => row[i] ?? ''));
  const labelColumns = leadingLabels(columns);
  const trimmed = rows.map((row) => row.slice(labelColumns));
  const headerRows = leadingLabels(trimmed);
  return { rows: trimmed.slice(headerRows), headerRows, labelColumns };
}

// Leading lines (columns or rows) without any figure, when at least one of them holds a label; one line is always left.
function leadingLabels(lines: readonly (readonly string[])[]): number {
  let run = 0;
  while (run < lines.length - 1 && !(lines[run] ?? []).some(numeric)) run += 1;
  return lines.slice(0, run).some((line) => line.some(label)) ? run : 0;
}
