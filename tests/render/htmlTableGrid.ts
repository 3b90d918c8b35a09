import type { ReadCell } from './renderFixtures.ts';

// Reads a rendered <table> back into grid cells: positions from rowspan/colspan, role from element and scope.
export function htmlTableGrid(table: HTMLTableElement): ReadCell[] {
  const taken = new Set<string>();
  const cells: ReadCell[] = [];
  Array.from(table.rows).forEach((tr, row) => {
    let col = 0;
    for (const element of Array.from(tr.cells)) {
      while (taken.has(`${row},${col}`)) col += 1;
      const rowSpan = element.rowSpan;
      const colSpan = element.colSpan;
      for (let r = row; r < row + rowSpan; r += 1) for (let c = col; c < col + colSpan; c += 1) taken.add(`${r},${c}`);
      cells.push({ row, col, rowSpan, colSpan, role: roleOf(element), text: element.textContent ?? '' });
      col += colSpan;
    }
  });
  return cells;
}

function roleOf(element: HTMLTableCellElement): string {
  if (element.tagName === 'TD') return element.closest('thead') ? 'note' : 'value';
  const scope = element.getAttribute('scope');
  return scope === 'rowgroup' ? 'section' : scope === 'col' ? 'header' : scope === 'row' ? 'rowlabel' : `th without scope (${scope})`;
}
