import { describe, expect, it } from 'vitest';
import { setCell } from '../../src/model/cellAccess.ts';
import { lookalikeFigure } from '../../src/model/lookalikeDigits.ts';
import { validateReport } from '../../src/model/validateReport.ts';
import { balancedReport } from '../fixtures/buildReport.ts';

// 19 予以公开 from natural persons, 20 carried forward: every sum balances with these figures.
const report = balancedReport({ results: { disclosed: 19 }, carriedForward: 20 });
const invalidAt = (path: string, typed: string) =>
  validateReport(setCell(report, path, typed)).find((f) => f.rule === 'invalid-value' && f.cells[0] === path);

describe('a letter typed for a digit', () => {
  it('reads o/O as 0 and l/I as 1 (and the like), nothing else', () => {
    expect(lookalikeFigure('l9')).toBe(19);
    expect(lookalikeFigure('2o')).toBe(20);
    expect(lookalikeFigure('I0O')).toBe(100);
    expect(lookalikeFigure('19')).toBeUndefined();
    expect(lookalikeFigure('十九')).toBeUndefined();
    expect(lookalikeFigure('abc')).toBeUndefined();
  });

  it('is named as the suspect with 改为 N when the sums balance with it read as the digit', () => {
    const natural = 'tables.requests.disclosed.natural';
    expect(invalidAt(natural, 'l9')).toMatchObject({ suspect: { cell: natural, value: 19 } });
    expect(invalidAt(natural, 'l9')?.message).toContain('按合计应为 19');
    const forward = 'tables.requests.carriedForward.natural';
    expect(invalidAt(forward, '2o')).toMatchObject({ suspect: { cell: forward, value: 20 } });
  });

  it('is not named when the sums do not point at that figure', () => {
    // l8 reads as 18, but 19 balances: the letter is flagged, no figure offered.
    expect(invalidAt('tables.requests.disclosed.natural', 'l8')?.suspect).toBeUndefined();
    // No sum can be checked (its row partner is blank): nothing confirms the reading.
    const blankRow = setCell(setCell(report, 'tables.requests.disclosed.total', null), 'tables.requests.resultsTotal.natural', null);
    const finding = validateReport(setCell(blankRow, 'tables.requests.disclosed.natural', 'l9')).find((f) => f.rule === 'invalid-value');
    expect(finding?.suspect).toBeUndefined();
  });
});
