import { printedLabels } from '../template/printedLabels.ts';
import { tables } from '../template/tables.ts';

/** Printed width in full-width characters: ASCII ½, everything else (CJK, full-width forms, curly quotes) 1. */
export function labelWidth(text: string): number {
  let width = 0;
  for (const character of text) width += (character.codePointAt(0) ?? 0) < 0x80 ? 0.5 : 1;
  return width;
}

/**
 * Where a printed label of the three tables may break a line, as its template node gives it (see
 * template/printedLabel.ts).
 */
const wordsByLabel: ReadonlyMap<string, readonly string[]> = new Map(tables.flatMap(printedLabels).map(({ label, words }) => [label, words]));

/** The pieces of a label between which a line may break; a text the tables do not print is one piece. */
export function labelWords(label: string): readonly string[] {
  return wordsByLabel.get(label) ?? [label];
}

/**
 * A label packed into lines of at most `capacity` characters (full-width 1, ASCII ½), breaking only between
 * its words; a word wider than a line stands on a line of its own.
 */
export function labelLines(label: string, capacity: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of labelWords(label)) {
    if (current !== '' && labelWidth(current + word) > capacity) {
      lines.push(current);
      current = word;
    } else {
      current += word;
    }
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}
