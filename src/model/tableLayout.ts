import type { CellPath } from '../template/cellPathType.ts';
import type { BlockTable, HeaderNode, MatrixTable, TableDef, TableId } from '../template/tableTypes.ts';
import { headerLeaves, leafCount, treeDepth } from './headerTree.ts';
import { cellPath } from './cellPath.ts';

export type GridRole = 'section' | 'header' | 'note' | 'rowlabel' | 'value';

/** One cell of a printed grid; rows and columns counted from 0. */
export type GridCell = {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly role: GridRole;
  readonly text?: string;
  readonly cell?: CellPath;
};

export type TableGrid = {
  readonly table: TableId;
  readonly section: string;
  readonly rows: number;
  readonly cols: number;
  /** Rows at the top that are column headings (repeat on every printed page). */
  readonly headerRows: number;
  /** In reading order: by row, then by column. */
  readonly cells: readonly GridCell[];
};

/** The printed grid of a table: every position covered exactly once. */
export function tableLayout(table: TableDef): TableGrid {
  const handlers = { matrix: matrixLayout, blocks: blockLayout } as const;
  return table.kind === 'matrix' ? handlers.matrix(table) : handlers.blocks(table);
}

function inReadingOrder(cells: GridCell[]): GridCell[] {
  return cells.sort((a, b) => a.row - b.row || a.col - b.col);
}

function matrixLayout(table: MatrixTable): TableGrid {
  const headerRows = treeDepth(table.columns);
  const labelCols = treeDepth(table.rows);
  const cells: GridCell[] = [];
  if (table.note !== undefined && labelCols > 0) {
    cells.push({ row: 0, col: 0, rowSpan: headerRows, colSpan: labelCols, role: 'note', text: table.note.label });
  }
  const placeHeaders = (nodes: readonly HeaderNode[], depth: number, col: number): void => {
    let at = col;
    for (const node of nodes) {
      const width = leafCount(node);
      const isLeaf = !node.children?.length;
      cells.push({ row: depth, col: at, rowSpan: isLeaf ? headerRows - depth : 1, colSpan: width, role: 'header', text: node.label });
      if (!isLeaf) placeHeaders(node.children ?? [], depth + 1, at);
      at += width;
    }
  };
  placeHeaders(table.columns, 0, labelCols);
  const placeRowLabels = (nodes: readonly HeaderNode[], depth: number, row: number): void => {
    let at = row;
    for (const node of nodes) {
      const height = leafCount(node);
      const isLeaf = !node.children?.length;
      cells.push({ row: at, col: depth, rowSpan: height, colSpan: isLeaf ? labelCols - depth : 1, role: 'rowlabel', text: node.label });
      if (!isLeaf) placeRowLabels(node.children ?? [], depth + 1, at);
      at += height;
    }
  };
  placeRowLabels(table.rows, 0, headerRows);
  const rowLeaves = table.rows.length > 0 ? headerLeaves(table.rows) : [{ chain: [], keys: [] }];
  const columnLeaves = headerLeaves(table.columns);
  rowLeaves.forEach((rowLeaf, r) => {
    columnLeaves.forEach((columnLeaf, c) => {
      cells.push({
        row: headerRows + r, col: labelCols + c, rowSpan: 1, colSpan: 1, role: 'value',
        cell: cellPath(table.id, [...rowLeaf.keys, ...columnLeaf.keys]),
      });
    });
  });
  return {
    table: table.id, section: table.section,
    rows: headerRows + rowLeaves.length, cols: labelCols + columnLeaves.length,
    headerRows, cells: inReadingOrder(cells),
  };
}

function blockLayout(table: BlockTable): TableGrid {
  const cells: GridCell[] = [];
  let row = 0;
  for (const block of table.blocks) {
    cells.push({ row, col: 0, rowSpan: 1, colSpan: table.width + 1, role: 'section', text: block.title.label });
    row += 1;
    const span = table.width / block.columns.length;
    cells.push({ row, col: 0, rowSpan: 1, colSpan: 1, role: 'header', text: block.labelHeader.label });
    block.columns.forEach((column, i) => {
      cells.push({ row, col: 1 + i * span, rowSpan: 1, colSpan: span, role: 'header', text: column.label });
    });
    row += 1;
    for (const blockRow of block.rows) {
      cells.push({ row, col: 0, rowSpan: 1, colSpan: 1, role: 'rowlabel', text: blockRow.label });
      block.columns.forEach((column, i) => {
        cells.push({ row, col: 1 + i * span, rowSpan: 1, colSpan: span, role: 'value', cell: cellPath(table.id, [blockRow.key, column.key]) });
      });
      row += 1;
    }
  }
  return { table: table.id, section: table.section, rows: row, cols: table.width + 1, headerRows: 0, cells: inReadingOrder(cells) };
}
