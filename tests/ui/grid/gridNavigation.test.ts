import { describe, expect, it } from 'vitest';
import { tableLayout } from '../../../src/model/tableLayout.ts';
import { tableById } from '../../../src/template/tables.ts';
import { gridNav, moveFrom } from '../../../src/ui/grid/gridNavigation.ts';

const requests = gridNav(tableLayout(tableById.requests));
const active = gridNav(tableLayout(tableById.active));
const appeals = gridNav(tableLayout(tableById.appeals));
const r = (row: string, col: string) => `tables.requests.${row}.${col}`;

describe('grid navigation over the layout value cells', () => {
  it('has the value cells of each table row by row, in reading order', () => {
    expect(requests.rows).toHaveLength(25);
    expect(requests.rows.every((row) => row.length === 7)).toBe(true);
    expect(requests.order[0]?.path).toBe(r('received', 'natural'));
    expect(active.rows.map((row) => row.length)).toEqual([3, 3, 1, 1, 1, 1]);
    expect(appeals.rows).toHaveLength(1);
  });

  it('moves with the arrows inside a table and stops at its edges', () => {
    const start = r('received', 'natural');
    expect(moveFrom(requests, start, 'right')).toBe(r('received', 'commercial'));
    expect(moveFrom(requests, start, 'down')).toBe(r('carriedOver', 'natural'));
    expect(moveFrom(requests, start, 'left')).toBeUndefined();
    expect(moveFrom(requests, start, 'up')).toBeUndefined();
    expect(moveFrom(requests, r('carriedOver', 'natural'), 'up')).toBe(start);
    expect(moveFrom(requests, r('received', 'total'), 'right')).toBeUndefined();
  });

  it('Tab order runs along the row, then to the start of the next row; ends at the last cell', () => {
    expect(moveFrom(requests, r('received', 'total'), 'next')).toBe(r('carriedOver', 'natural'));
    expect(moveFrom(requests, r('carriedOver', 'natural'), 'previous')).toBe(r('received', 'total'));
    const last = requests.order[requests.order.length - 1]?.path ?? '';
    expect(moveFrom(requests, last, 'next')).toBeUndefined();
    expect(moveFrom(requests, requests.order[0]?.path ?? '', 'previous')).toBeUndefined();
  });

  it('in table 二, moving down from a three-column row lands on the wide cell under it', () => {
    expect(moveFrom(active, 'tables.active.normativeDocuments.inForce', 'down')).toBe('tables.active.licensing.decisions');
    expect(moveFrom(active, 'tables.active.licensing.decisions', 'up')).toBe('tables.active.normativeDocuments.issued');
    expect(moveFrom(active, 'tables.active.coercion.decisions', 'down')).toBe('tables.active.fees.amount');
  });
});
