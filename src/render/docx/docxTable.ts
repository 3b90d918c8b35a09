import {
  AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable,
  VerticalMergeType, WidthType,
} from 'docx';
import { getCell } from '../../model/cellAccess.ts';
import type { Report } from '../../model/reportSchema.ts';
import type { GridCell, GridRole, TableGrid } from '../../model/tableLayout.ts';
import type { TableId } from '../../template/tableTypes.ts';
import { columnShares } from '../columnShares.ts';
import { printedValue } from '../printedValue.ts';
import { styleIds } from './docxStyles.ts';
import { tableBorderSize, tableCellMargin, tableCellMarginVertical, textWidth } from './gbt9704.ts';

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
const alignment = {
  section: AlignmentType.CENTER,
  header: AlignmentType.CENTER,
  note: AlignmentType.LEFT,
  rowlabel: AlignmentType.LEFT,
  value: AlignmentType.CENTER,
} as const satisfies Record<GridRole, (typeof AlignmentType)[keyof typeof AlignmentType]>;

const border = { style: BorderStyle.SINGLE, size: tableBorderSize, color: '000000' } as const;
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

/** Merged groups up to this many rows are kept on one page; 三、本年度办理结果 (22 rows) has to break. */
const keptRowSpan = 10;

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

function cellText(cell: GridCell, report: Report): string {
  return cell.cell !== undefined ? printedValue(getCell(report, cell.cell)) : (cell.text ?? '');
}

/**
 * One official table with real merges: gridSpan for columns, vMerge restart/continue for rows (written here
 * rather than by docx's rowSpan, which mutates rows). Header rows repeat; no row splits across pages.
 */
export function docxTable(grid: TableGrid, report: Report): Table {
  const widths = columnWidths(grid.table);
  const spanWidth = (cell: GridCell) => widths.slice(cell.col, cell.col + cell.colSpan).reduce((sum, w) => sum + w, 0);
  const cover = coverMap(grid);
  const startsBlock = (r: number) => cover[r]?.[0]?.role === 'section';
  const hasBlocks = grid.cells.some((cell) => cell.role === 'section');
  const joinedToNext = (r: number) => cover[r]?.some((cell, c) => cell !== undefined && cell === cover[r + 1]?.[c] && cell.rowSpan <= keptRowSpan) ?? false;
  // Header rows stay with the first body row; a 第二十条 block of table 二 and a merged group such as
  // （五）不予处理 stay on one page, so a label is never cut in two.
  const keepsWithNext = (r: number) => r < grid.headerRows || (hasBlocks && r + 1 < grid.rows && !startsBlock(r + 1)) || joinedToNext(r);
  const rows = cover.map((line, r) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < grid.cols; ) {
      const cell = line[c];
      if (!cell) throw new Error(`table ${grid.table}: position ${r},${c} is not covered`);
      const isOrigin = cell.row === r;
      const verticalMerge = cell.rowSpan > 1 ? (isOrigin ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE) : undefined;
      const text = isOrigin ? cellText(cell, report) : '';
      cells.push(new TableCell({
        children: [new Paragraph({ style: styleIds.table, alignment: alignment[cell.role], text })],
        width: { size: spanWidth(cell), type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
        ...(verticalMerge ? { verticalMerge } : {}),
      }));
      c += cell.colSpan;
    }
    return new TableRow({
      children: cells,
      cantSplit: true,
      ...(r < grid.headerRows ? { tableHeader: true } : {}),
      ...(keepsWithNext(r) ? { keepNext: true } : {}),
    });
  });
  return new Table({
    rows,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders,
    margins: { left: tableCellMargin, right: tableCellMargin, top: tableCellMarginVertical, bottom: tableCellMarginVertical },
  });
}
