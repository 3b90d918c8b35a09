import type { RawBlock, RawDocument } from '../rawDocument.ts';
import { borderlessRows, type LooseLine } from './borderlessRows.ts';
import { joinRuns, linesOf, tidySpaces } from './joinRuns.ts';
import { pageFurniture } from './pageFurniture.ts';
import { cellAround, pageRules, type CellBox } from './pageRules.ts';
import type { PdfPage, PdfText } from './pdfPage.ts';

type Cell = { box: CellBox; runs: PdfText[] };
type Item =
  | { top: number; kind: 'line'; line: LooseLine }
  | { top: number; kind: 'cell'; cell: Cell }
  | { top: number; kind: 'row'; cells: string[] };

const round = (n: number) => Math.round(n * 2) / 2;
const boxKey = (box: CellBox) => `${round(box.left)}|${round(box.right)}|${round(box.top)}|${round(box.bottom)}`;
const figure = /^[\d０-９][\d０-９,.，．]*$/;
// Closing punctuation that does not fit a narrow cell is printed past its border, into the next cell.
const strayPunctuation = /^[”’）)」』。，、；：]+$/;
const heading = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

function cellText(cell: Cell): string {
  const hasFigure = cell.runs.some((run) => figure.test(run.text.trim()));
  const runs = hasFigure ? cell.runs.filter((run) => !strayPunctuation.test(run.text.trim())) : cell.runs;
  return tidySpaces(linesOf(runs).map(joinRuns).join(''));
}

/** A page's content in reading order: running-text lines, table cells (at their top border), borderless rows. */
function pageItems(page: PdfPage, skip: ReadonlySet<PdfText>): Item[] {
  const rules = pageRules(page);
  const cells = new Map<string, Cell>();
  const loose: PdfText[] = [];
  for (const run of page.texts) {
    if (skip.has(run)) continue;
    // The middle of the run's first character: a run never crosses a border, but its stated width can.
    const box = cellAround(rules, run.x + Math.min(run.width, run.size) / 2, run.y + run.size * 0.3, page);
    if (!box) {
      loose.push(run);
      continue;
    }
    const key = boxKey(box);
    const cell = cells.get(key) ?? { box, runs: [] };
    cell.runs.push(run);
    cells.set(key, cell);
  }
  const lines = linesOf(loose).map((runs): LooseLine => {
    const first = [...runs].sort((a, b) => a.x - b.x)[0];
    return { runs, top: Math.max(...runs.map((r) => r.y + r.size)), y: first?.y ?? 0, size: first?.size ?? 0 };
  });
  const { rows, rest } = borderlessRows(lines);
  const items: Item[] = [
    ...rest.map((line): Item => ({ top: line.top, kind: 'line', line })),
    ...rows.map((row): Item => ({ top: row.top, kind: 'row', cells: row.chunks.map((c) => c.text) })),
    ...[...cells.values()].map((cell): Item => ({ top: cell.box.top, kind: 'cell', cell })),
  ];
  return items.sort((a, b) => b.top - a.top || (a.kind === 'cell' && b.kind === 'cell' ? a.cell.box.left - b.cell.box.left : 0));
}

/** Cells of one table stretch → rows: cells whose top borders meet form a row, left to right. */
function tableRows(cells: readonly Cell[]): string[][] {
  const sorted = [...cells].sort((a, b) => b.box.top - a.box.top || a.box.left - b.box.left);
  const rows: { top: number; cells: Cell[] }[] = [];
  for (const cell of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.top - cell.box.top) < 1.5) row.cells.push(cell);
    else rows.push({ top: cell.box.top, cells: [cell] });
  }
  return rows.map((row) => row.cells.sort((a, b) => a.box.left - b.box.left).map(cellText));
}

/** Where running text starts: the leftmost line or table border over the whole document. */
function textMargin(pages: readonly PdfPage[], skip: ReadonlySet<PdfText>): number {
  const starts = pages.flatMap((page) => [
    ...page.texts.filter((run) => !skip.has(run)).map((run) => run.x),
    ...pageRules(page).vertical.map((rule) => rule.x),
  ]);
  return starts.length > 0 ? Math.min(...starts) : 0;
}

/**
 * PDF pages → paragraphs and tables for the label matcher: ruled tables rebuilt cell by cell (a label
 * wrapped over lines stays one cell), borderless tables from the gaps between columns, page numbers and
 * running heads left out, a paragraph broken by a page or a line joined again; a new paragraph where a
 * line is indented, a heading starts or the type size changes.
 */
export function pagesToBlocks(pages: readonly PdfPage[]): RawDocument {
  const skip = pageFurniture(pages);
  const margin = textMargin(pages, skip);
  const blocks: RawBlock[] = [];
  let paragraph: { text: string; size: number } | null = null;
  let table: string[][] | null = null;
  let cells: Cell[] = [];
  const closeCells = () => {
    if (cells.length === 0) return;
    table = [...(table ?? []), ...tableRows(cells)];
    cells = [];
  };
  const closeTable = () => {
    closeCells();
    if (table) blocks.push({ kind: 'table', rows: table });
    table = null;
  };
  const closeParagraph = () => {
    if (paragraph && paragraph.text !== '') blocks.push({ kind: 'paragraph', text: paragraph.text });
    paragraph = null;
  };
  for (const page of pages) {
    for (const item of pageItems(page, skip)) {
      if (item.kind === 'cell') {
        closeParagraph();
        cells.push(item.cell);
        continue;
      }
      if (item.kind === 'row') {
        closeParagraph();
        closeCells();
        table = [...(table ?? []), item.cells];
        continue;
      }
      const { runs, size } = item.line;
      const text = joinRuns(runs);
      const left = Math.min(...runs.map((r) => r.x));
      const indented = left - margin > size * 0.8;
      const current: { text: string; size: number } | null = paragraph;
      if (table || cells.length > 0) closeTable();
      const continues = current && !heading.test(text) && !(indented && size < 18) && Math.abs(current.size - size) < 1;
      if (current && continues) current.text += text;
      else {
        closeParagraph();
        paragraph = { text, size };
      }
    }
    // Rows are ordered within a page; a table continued on the next page goes on after these rows.
    closeCells();
  }
  closeParagraph();
  closeTable();
  return blocks;
}
