import { describe, expect, it } from 'vitest';
import official from '../fixtures/official-layout.json';
import { tableLayout } from '../../src/model/tableLayout.ts';
import { tables } from '../../src/template/tables.ts';

type OfficialGrid = { section: string; rows: number; cols: number; cells: unknown[] };
const officialGrids = official as Record<string, OfficialGrid>;

describe('tableLayout', () => {
  for (const table of tables) {
    it(`prints table ${table.id} exactly as spec/official-layout.json, cell for cell`, () => {
      const grid = tableLayout(table);
      const expected = officialGrids[table.id];
      expect({ section: grid.section, rows: grid.rows, cols: grid.cols, cells: grid.cells }).toEqual(expected);
    });

    it(`covers every position of table ${table.id} exactly once`, () => {
      const grid = tableLayout(table);
      const covered = new Map<string, number>();
      for (const cell of grid.cells) {
        for (let r = cell.row; r < cell.row + cell.rowSpan; r += 1) {
          for (let c = cell.col; c < cell.col + cell.colSpan; c += 1) covered.set(`${r},${c}`, (covered.get(`${r},${c}`) ?? 0) + 1);
        }
      }
      expect(covered.size).toBe(grid.rows * grid.cols);
      expect([...covered.values()].every((n) => n === 1)).toBe(true);
    });
  }

  it('counts 10 + 175 + 15 value cells', () => {
    const values = tables.map((t) => tableLayout(t).cells.filter((c) => c.role === 'value').length);
    expect(values).toEqual([10, 175, 15]);
  });

  it('marks the three header rows of tables 三 and 四 for repeating', () => {
    expect(tables.map((t) => tableLayout(t).headerRows)).toEqual([0, 3, 3]);
  });
});
