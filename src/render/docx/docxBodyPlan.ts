import { AlignmentType, VerticalMergeType } from 'docx';
import { getCell } from '../../model/cellAccess.ts';
import type { Report } from '../../model/reportSchema.ts';
import type { GridCell, GridRole, TableGrid } from '../../model/tableLayout.ts';
import type { TableId } from '../../template/tableTypes.ts';
import { columnShares, tableFontPt } from '../columnShares.ts';
import { labelLines } from '../labelWords.ts';
import { printedValue } from '../printedValue.ts';
import { reportBlocks, type ReportBlock } from '../reportBlocks.ts';
import { styleIds } from './docxStyles.ts';
import { bodyCharacter, fontSizes, tableCellMargin, textWidth } from './gbt9704.ts';

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];
type StyleId = (typeof styleIds)[keyof typeof styleIds];

/** One paragraph of the body as plain data: what both the docx objects and the direct XML are written from. */
export type ParagraphPlan = {
  readonly kind: 'paragraph';
  readonly style: StyleId;
  /** One run per line; lines after the first start with a line break (the title). Empty: no run at all. */
  readonly lines: readonly string[];
  readonly keepNext: boolean;
  readonly alignment?: Alignment;
  readonly indent?: { readonly left?: number; readonly right?: number };
};

export type TableCellPlan = {
  readonly width: number;
  readonly colSpan: number;
  readonly verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType];
  readonly alignment: Alignment;
  /** The cell's text; a label is broken into lines between its words (explicit line breaks), never inside one. */
  readonly lines: readonly string[];
};

export type TableRowPlan = { readonly header: boolean; readonly keepNext: boolean; readonly cells: readonly TableCellPlan[] };

export type TablePlan = {
  readonly kind: 'table';
  readonly style: StyleId;
  readonly widths: readonly number[];
  readonly rows: readonly TableRowPlan[];
};

export type BodyPart = ParagraphPlan | TablePlan;

const textLines = (text: string): string[] => (text === '' ? [] : [text]);

/** Widths in twips summing exactly to the text block (rounding carried along). */
export function columnWidths(table: TableId): number[] {
  const shares = columnShares[table];
  const total = shares.reduce((sum, share) => sum + share, 0);
  let before = 0;
  let placed = 0;
  return shares.map((share) => {
    before += share;
    const edge = Math.round((before * textWidth) / total);
    const width = edge - placed;
    placed = edge;
    return width;
  });
}

// Labels left, figures and column headings centred (table practice for 公文).
const alignmentOf = {
  section: AlignmentType.CENTER,
  header: AlignmentType.CENTER,
  note: AlignmentType.LEFT,
  rowlabel: AlignmentType.LEFT,
  value: AlignmentType.CENTER,
} as const satisfies Record<GridRole, Alignment>;

/** Each grid position → the cell covering it. */
function coverMap(grid: TableGrid): (GridCell | undefined)[][] {
  const cover: (GridCell | undefined)[][] = Array.from({ length: grid.rows }, () => Array<GridCell | undefined>(grid.cols));
  for (const cell of grid.cells) {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r += 1) {
      for (let c = cell.col; c < cell.col + cell.colSpan; c += 1) {
        const row = cover[r];
        if (row) row[c] = cell;
      }
    }
  }
  return cover;
}

type CellShape = Omit<TableCellPlan, 'lines'> & { readonly source?: GridCell };
type TableShape = { readonly widths: readonly number[]; readonly rows: readonly { header: boolean; keepNext: boolean; cells: readonly CellShape[] }[] };

/**
 * Everything about a table that does not depend on the figures: widths, merges, alignment, which rows stay
 * together. The template's tables never change, so this is worked out once per table.
 */
function tableShape(grid: TableGrid): TableShape {
  const widths = columnWidths(grid.table);
  const spanWidth = (cell: GridCell) => widths.slice(cell.col, cell.col + cell.colSpan).reduce((sum, w) => sum + w, 0);
  const cover = coverMap(grid);
  const startsBlock = (r: number) => cover[r]?.[0]?.role === 'section';
  const hasBlocks = grid.cells.some((cell) => cell.role === 'section');
  const joinedToNext = (r: number) => cover[r]?.some((cell, c) => cell !== undefined && cell === cover[r + 1]?.[c]) ?? false;
  // Every row keeps with the next: a table without blocks (三, 四) stays whole, moving to the next page when it
  // does not fit the rest of this one (it fits one A4 page; only a taller one breaks, its header repeated).
  // Table 二 may break only between its 第二十条 blocks, each whole with its own header rows, never with a
  // block header alone at a page foot; the header stays with the first block and the last two rows together.
  const keepsWithNext = (r: number) =>
    r + 1 < grid.rows && (!hasBlocks || r < grid.headerRows + 1 || r >= grid.rows - 2 || !startsBlock(r + 1) || joinedToNext(r));
  const rows = cover.map((line, r) => {
    const cells: CellShape[] = [];
    for (let c = 0; c < grid.cols; ) {
      const cell = line[c];
      if (!cell) throw new Error(`table ${grid.table}: position ${r},${c} is not covered`);
      const isOrigin = cell.row === r;
      const verticalMerge = cell.rowSpan > 1 ? (isOrigin ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE) : undefined;
      cells.push({
        width: spanWidth(cell),
        colSpan: cell.colSpan,
        alignment: alignmentOf[cell.role],
        ...(verticalMerge ? { verticalMerge } : {}),
        ...(isOrigin ? { source: cell } : {}),
      });
      c += cell.colSpan;
    }
    return { header: r < grid.headerRows, keepNext: keepsWithNext(r), cells };
  });
  return { widths, rows };
}

const shapes = new Map<TableId, { grid: TableGrid; shape: TableShape }>();

function cachedShape(grid: TableGrid): TableShape {
  const known = shapes.get(grid.table);
  // The layout is a pure function of the template, so an equal table id means an equal grid; the check
  // on cell count only guards against a grid built some other way.
  if (known && known.grid.cells.length === grid.cells.length) return known.shape;
  const shape = tableShape(grid);
  shapes.set(grid.table, { grid, shape });
  return shape;
}

/** Characters of a table's type that fit a cell of this width (twips) between its margins. */
const cellCapacity = (width: number, table: TableId): number => (width - 2 * tableCellMargin) / 20 / tableFontPt[table];

function cellLines(cell: GridCell | undefined, width: number, table: TableId, report: Report): string[] {
  if (!cell) return [];
  if (cell.cell !== undefined) return textLines(printedValue(getCell(report, cell.cell)));
  return cell.text === undefined || cell.text === '' ? [] : labelLines(cell.text, cellCapacity(width, table));
}

/** One official table with the report's figures in it. */
export function tablePlan(grid: TableGrid, report: Report): TablePlan {
  const { widths, rows } = cachedShape(grid);
  return {
    kind: 'table',
    style: tableFontPt[grid.table] < fontSizes.table ? styleIds.tableSmall : styleIds.table,
    widths,
    rows: rows.map((row) => ({
      header: row.header,
      keepNext: row.keepNext,
      cells: row.cells.map(({ source, ...cell }) => ({ ...cell, lines: cellLines(source, cell.width, grid.table, report) })),
    })),
  };
}

const paragraph = (style: StyleId, lines: readonly string[], rest: Partial<Omit<ParagraphPlan, 'kind' | 'style' | 'lines'>> = {}): ParagraphPlan => ({
  kind: 'paragraph', style, lines, keepNext: false, ...rest,
});
function blockParts(block: ReportBlock, report: Report, next: ReportBlock | undefined): BodyPart[] {
  // The sentence introducing a table stays with it; the last lines of text stay with the signature (§7.3.5).
  const keepNext = next?.kind === 'table' || next?.kind === 'signature';
  switch (block.kind) {
    case 'title':
      return [paragraph(styleIds.title, block.lines)];
    case 'heading':
      return [paragraph(block.level === 1 ? styleIds.heading1 : styleIds.heading2, textLines(block.text))];
    case 'paragraph':
      return [paragraph(styleIds.body, textLines(block.text), { keepNext, ...(block.hasLink ? { alignment: AlignmentType.LEFT } : {}) })];
    case 'table':
      return [tablePlan(block.grid, report)];
    case 'signature': {
      // §7.3.5.2 without seal: one blank line below the text, agency 2 characters in, date under it.
      const { agency, date, agencyRightChars, dateStartChars } = block.signature;
      return [
        paragraph(styleIds.body, [], { keepNext: true }),
        paragraph(styleIds.signature, textLines(agency), { indent: { right: agencyRightChars * bodyCharacter } }),
        paragraph(styleIds.signature, textLines(date), {
          alignment: AlignmentType.LEFT,
          indent: { left: Math.max(0, textWidth - dateStartChars * bodyCharacter) },
        }),
      ];
    }
  }
}

/** The body of the Word document, in order, as plain data. */
export function docxBodyPlan(report: Report): BodyPart[] {
  const blocks = reportBlocks(report);
  return blocks.flatMap((block, i) => blockParts(block, report, blocks[i + 1]));
}
