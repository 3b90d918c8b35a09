import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCellInput, formatCellInput } from '../../src/model/parseCellInput.ts';
import { cellStatus } from '../../src/model/cellValue.ts';

describe('parseCellInput', () => {
  it('keeps blank as blank, never 0', () => {
    expect(parseCellInput('', 'count')).toBeNull();
    expect(parseCellInput('   ', 'count')).toBeNull();
    expect(parseCellInput('\u3000', 'amount')).toBeNull();
  });

  it.each([
    ['12', 12],
    ['１２３', 123],
    ['1,234', 1234],
    ['1，234', 1234],
    [' 7 ', 7],
    ['5件', 5],
    ['５ 件', 5],
    ['0', 0],
    ['007', 7],
  ])('reads the count %j as %j', (typed, expected) => {
    expect(parseCellInput(typed, 'count')).toBe(expected);
  });

  it.each(['-3', '1.5', 'abc', '三', '12a', '1,23', '件', '--', '1e3'])('keeps %j exactly as typed in a count cell', (typed) => {
    expect(parseCellInput(typed, 'count')).toBe(typed);
  });

  it.each([
    ['1.25', 1.25],
    ['０．５', 0.5],
    ['12.3456', 12.3456],
    ['3万元', 3],
    ['1,200.5', 1200.5],
  ])('reads the fee %j as %j 万元', (typed, expected) => {
    expect(parseCellInput(typed, 'amount')).toBe(expected);
  });

  it('keeps a fee with more digits than a number holds exactly as typed, to be flagged', () => {
    expect(parseCellInput('1.234567890123456789', 'amount')).toBe('1.234567890123456789');
    expect(cellStatus('1.234567890123456789', 'amount')).toEqual({ kind: 'invalid', reason: 'precision' });
  });

  it('explains why typed text is invalid', () => {
    expect(cellStatus('-3', 'count')).toEqual({ kind: 'invalid', reason: 'negative' });
    expect(cellStatus('1.5', 'count')).toEqual({ kind: 'invalid', reason: 'fraction' });
    expect(cellStatus('abc', 'count')).toEqual({ kind: 'invalid', reason: 'text' });
    expect(cellStatus(-1, 'count')).toEqual({ kind: 'invalid', reason: 'negative' });
    expect(cellStatus(2.5, 'count')).toEqual({ kind: 'invalid', reason: 'fraction' });
  });

  it('round-trips every non-negative integer through format and parse', () => {
    fc.assert(fc.property(fc.nat(), (n) => parseCellInput(formatCellInput(n), 'count') === n));
  });

  it('never loses what was typed: the result is null, a number, or the typed text itself', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('count' as const, 'amount' as const), (typed, kind) => {
        const value = parseCellInput(typed, kind);
        return value === null ? typed.trim() === '' : typeof value === 'number' || value === typed;
      }),
    );
  });
});
