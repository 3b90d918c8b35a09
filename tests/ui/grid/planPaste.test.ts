import { describe, expect, it } from 'vitest';
import { tableLayout } from '../../../src/model/tableLayout.ts';
import { tableById } from '../../../src/template/tables.ts';
import { gridNav } from '../../../src/ui/grid/gridNavigation.ts';
import { parsePaste } from '../../../src/ui/grid/parsePaste.ts';
import { planPaste } from '../../../src/ui/grid/planPaste.ts';

const requests = gridNav(tableLayout(tableById.requests));
const active = gridNav(tableLayout(tableById.active));
const r = (row: string, col: string) => `tables.requests.${row}.${col}`;

describe('planPaste', () => {
  it('fills right and down from the active cell, reading each text with parseCellInput', () => {
    const plan = planPaste(requests, r('received', 'natural'), parsePaste('1\t２\t3件\r\n4\tx\t\r\n'));
    expect(plan).toEqual({
      ok: true,
      writes: [
        { path: r('received', 'natural'), value: 1 },
        { path: r('received', 'commercial'), value: 2 },
        { path: r('received', 'research'), value: 3 },
        { path: r('carriedOver', 'natural'), value: 4 },
        { path: r('carriedOver', 'commercial'), value: 'x' },
        { path: r('carriedOver', 'research'), value: null },
      ],
    });
  });

  it('refuses a row wider than the room to the right, with a message naming the place', () => {
    const plan = planPaste(requests, r('received', 'otherOrg'), [['1', '2', '3']]);
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.message).toContain('第 1 行有 3 个数');
      expect(plan.message).toContain('只有 2 格可填');
      expect(plan.message).toContain('没有粘贴任何内容');
    }
  });

  it('refuses a block taller than the rows below', () => {
    const plan = planPaste(requests, r('carriedForward', 'natural'), [['1'], ['2']]);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toContain('往下只有 1 行可填');
  });

  it('in table 二, refuses a three-number row at a one-cell row, and reads 万元 in the fee cell', () => {
    expect(planPaste(active, 'tables.active.licensing.decisions', [['1', '2', '3']]).ok).toBe(false);
    expect(planPaste(active, 'tables.active.fees.amount', parsePaste('1.25万元'))).toEqual({
      ok: true, writes: [{ path: 'tables.active.fees.amount', value: 1.25 }],
    });
  });
});
