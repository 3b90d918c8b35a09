import type { TableGrid } from '../../model/tableLayout.ts';

/** How many columns at the left of a printed grid hold row labels (the rest hold values). */
export function labelColumnCount(layout: TableGrid): number {
  const valueCols = new Set<number>();
  for (const cell of layout.cells) if (cell.role === 'value') valueCols.add(cell.col);
  return layout.cols - valueCols.size;
}

/**
 * One <col> per grid column, classed by what it holds: grid.css gives the label columns the width their
 * words need and the value columns the width a figure needs (the table is laid out from these, fixed).
 */
export function GridColgroup({ layout }: { layout: TableGrid }) {
  const labels = labelColumnCount(layout);
  return (
    <colgroup>
      {Array.from({ length: layout.cols }, (_, col) => (
        <col key={col} className={col < labels ? `grid-col-label grid-col-label-${col}` : 'grid-col-value'} />
      ))}
    </colgroup>
  );
}
