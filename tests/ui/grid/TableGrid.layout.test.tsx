// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { cellCatalog, cellsOfTable } from '../../../src/model/cellCatalog.ts';
import { tableLayout } from '../../../src/model/tableLayout.ts';
import { tables } from '../../../src/template/tables.ts';
import { mountGrid } from './gridHarness.tsx';

type Placed = { row: number; col: number; rowSpan: number; colSpan: number; what: string };

// Walks the rendered <table> the way a browser lays it out: spans occupy later rows and columns.
function placedCells(table: HTMLTableElement): Placed[] {
  const occupied = new Set<string>();
  const placed: Placed[] = [];
  const rows = [...table.querySelectorAll('tr')];
  rows.forEach((tr, row) => {
    let col = 0;
    for (const cell of [...tr.children] as HTMLTableCellElement[]) {
      while (occupied.has(`${row}:${col}`)) col += 1;
      const rowSpan = cell.rowSpan || 1;
      const colSpan = cell.colSpan || 1;
      for (let r = row; r < row + rowSpan; r += 1) for (let c = col; c < col + colSpan; c += 1) occupied.add(`${r}:${c}`);
      const dataCell = cell.querySelector('input')?.getAttribute('data-cell');
      placed.push({ row, col, rowSpan, colSpan, what: dataCell ?? cell.textContent ?? '' });
      col += colSpan;
    }
  });
  return placed;
}

describe('TableGrid draws the official layout', () => {
  for (const def of tables) {
    it(`table ${def.id}: every merged header, row label and value cell where tableLayout puts it`, () => {
      const { container, unmount } = mountGrid(def.id);
      const table = container.querySelector('table');
      if (!table) throw new Error('no table');
      const expected = tableLayout(def).cells.map((cell) => ({
        row: cell.row, col: cell.col, rowSpan: cell.rowSpan, colSpan: cell.colSpan, what: cell.cell ?? cell.text ?? '',
      }));
      expect(placedCells(table)).toEqual(expected);
      unmount();
    });
  }

  it('headers are <th> with scope; each input has data-cell, the CellDef name and a numeric keyboard', () => {
    const { container } = mountGrid('requests');
    const named = screen.getByRole('textbox', { name: '一、本年新收政府信息公开申请数量 自然人' });
    expect(named.getAttribute('data-cell')).toBe('tables.requests.received.natural');
    expect(named.getAttribute('inputmode')).toBe('numeric');
    const inputs = [...container.querySelectorAll('input[data-cell]')];
    expect(inputs).toHaveLength(cellsOfTable('requests').length);
    for (const element of inputs) {
      const def = cellCatalog.find((cell) => cell.path === element.getAttribute('data-cell'));
      expect(element.getAttribute('aria-label')).toBe(def?.name);
    }
    const headers = [...container.querySelectorAll('th')];
    expect(headers.every((th) => ['col', 'colgroup', 'row', 'rowgroup'].includes(th.getAttribute('scope') ?? ''))).toBe(true);
    expect(screen.getByRole('columnheader', { name: '申请人情况' }).getAttribute('scope')).toBe('colgroup');
    expect(screen.getByRole('rowheader', { name: '1.属于国家秘密' }).getAttribute('scope')).toBe('row');
  });

  it('the fee cell takes decimals', () => {
    mountGrid('active');
    expect(screen.getByRole('textbox', { name: '行政事业性收费 本年收费金额（单位：万元）' }).getAttribute('inputmode')).toBe('decimal');
  });
});
