import type { CellPath } from '../../template/cellPathType.ts';
import type { TableGrid } from '../../model/tableLayout.ts';

/** A value cell's place on the printed grid. */
export type NavCell = { readonly path: CellPath; readonly row: number; readonly col: number; readonly colSpan: number };

/** The value cells of one table, row by row (rows without value cells left out), in reading order. */
export type GridNav = {
  readonly rows: readonly (readonly NavCell[])[];
  readonly order: readonly NavCell[];
  readonly byPath: ReadonlyMap<string, { readonly cell: NavCell; readonly rowIndex: number; readonly index: number }>;
};

export type Direction = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous';

export function gridNav(layout: TableGrid): GridNav {
  const byRow = new Map<number, NavCell[]>();
  for (const cell of layout.cells) {
    if (cell.role !== 'value' || cell.cell === undefined) continue;
    const row = byRow.get(cell.row) ?? [];
    row.push({ path: cell.cell, row: cell.row, col: cell.col, colSpan: cell.colSpan });
    byRow.set(cell.row, row);
  }
  const rows = [...byRow.entries()].sort(([a], [b]) => a - b).map(([, cells]) => cells.sort((a, b) => a.col - b.col));
  const byPath = new Map<string, { cell: NavCell; rowIndex: number; index: number }>();
  rows.forEach((cells, rowIndex) => cells.forEach((cell, index) => byPath.set(cell.path, { cell, rowIndex, index })));
  return { rows, order: rows.flat(), byPath };
}

// The cell of a row under (or over) a column: the one that covers it, else the nearest.
function cellUnder(cells: readonly NavCell[], col: number): NavCell | undefined {
  const covering = cells.find((cell) => cell.col <= col && col < cell.col + cell.colSpan);
  if (covering) return covering;
  return [...cells].sort((a, b) => Math.abs(a.col - col) - Math.abs(b.col - col))[0];
}

/** The cell a key moves to; undefined at the edge (the caller decides whether focus leaves the grid). */
export function moveFrom(nav: GridNav, path: string, direction: Direction): CellPath | undefined {
  const place = nav.byPath.get(path);
  if (!place) return undefined;
  const row = nav.rows[place.rowIndex] ?? [];
  switch (direction) {
    case 'left':
      return row[place.index - 1]?.path;
    case 'right':
      return row[place.index + 1]?.path;
    case 'up': {
      const above = nav.rows[place.rowIndex - 1];
      return above ? cellUnder(above, place.cell.col)?.path : undefined;
    }
    case 'down': {
      const below = nav.rows[place.rowIndex + 1];
      return below ? cellUnder(below, place.cell.col)?.path : undefined;
    }
    case 'next':
    case 'previous': {
      const at = nav.order.findIndex((cell) => cell.path === path);
      return nav.order[at + (direction === 'next' ? 1 : -1)]?.path;
    }
  }
}
