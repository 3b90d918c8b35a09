/**
 * Splits clipboard text into rows of cell texts, as a clerk copies figures:
 * - a block from Excel or WPS: rows on lines, cells separated by tabs (empty cells kept as "");
 * - a row from a web page or a PDF: numbers separated by spaces or |, or one number per line;
 *   a unit standing alone (件, 万元) is dropped. Row labels and headings are left to withoutLabels.
 * Cell texts are left as copied; parseCellInput reads each one (full-width digits, units, separators).
 */
export function parsePaste(text: string): string[][] {
  const lines = text.replace(/(\r\n|\n|\r)$/, '').split(/\r\n|\n|\r/);
  if (lines.some((line) => line.includes('\t'))) {
    return lines.map((line) => line.split('\t').map((cell) => cell.trim()));
  }
  const tokenised = lines.map(tokens).filter((row) => row.length > 0);
  if (tokenised.length > 1 && tokenised.every((row) => row.length === 1)) return [tokenised.map((row) => row[0] ?? '')];
  return tokenised;
}

// Not 、: row labels use it (一、本年新收…), and they must stay one word to be recognised as a label.
const separators = /[\s\u3000|｜，;；]+/u;
const unitOnly = /^(件|个|起|万元|元)$/u;

// A unit standing alone after a figure (12 件) is not a value; everything else is kept for withoutLabels and parseCellInput.
function tokens(line: string): string[] {
  return line.split(separators).filter((word) => word !== '' && !unitOnly.test(word));
}
