import { describe, expect, it } from 'vitest';
import { setCell } from '../../src/model/cellAccess.ts';
import { digitSlipHint } from '../../src/model/digitSlipHint.ts';
import { validateTables } from '../../src/model/validateReport.ts';
import { fullReport } from '../fixtures/fullReport.ts';

describe('digitSlipHint', () => {
  it('a multiple of 9 hints at swapped digits or an extra 0, naming a cell an extra 0 explains', () => {
    const cells = ['tables.appeals.review.upheld', 'tables.appeals.review.total'];
    const hint = digitSlipHint(270, cells, new Map([[cells[0] ?? '', 300], [cells[1] ?? '', 30]]));
    expect(hint).toContain('相差 270，是 9 的倍数');
    expect(hint).toContain('表四「行政复议结果维持」的 300 是否多打了一个 0');
    expect(digitSlipHint(-9, cells, new Map())).toContain('两位数字颠倒');
  });

  it('a power of ten hints at one digit off; other differences give nothing', () => {
    expect(digitSlipHint(100, [], new Map())).toBe('相差 100：可能有一格的某一位数字输错（如把 1234 输成 1334）。');
    expect(digitSlipHint(7, [], new Map())).toBeUndefined();
    expect(digitSlipHint(1, [], new Map())).toBeUndefined();
    expect(digitSlipHint(0, [], new Map())).toBeUndefined();
  });

  it('a table 四 slip gets the hint and no suspect; a table 三 slip gets a suspect and no hint', () => {
    const four = validateTables(setCell(fullReport, 'tables.appeals.review.upheld', 20)).filter((f) => f.rule === 'appeal-total');
    expect(four).toHaveLength(1);
    expect(four[0]?.suspect).toBeUndefined();
    expect(four[0]?.hint).toContain('表四「行政复议结果维持」的 20 是否多打了一个 0');
    const three = validateTables(setCell(fullReport, 'tables.requests.disclosed.natural', 12)).filter((f) => f.rule === 'row-total');
    expect(three[0]?.suspect).toEqual({ cell: 'tables.requests.disclosed.natural', value: 21 });
    expect(three[0]?.hint).toBeUndefined();
  });
});
