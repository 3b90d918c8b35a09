import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellStatus, exactAmount } from '../../src/model/cellValue.ts';
import { formatCellInput, parseCellInput } from '../../src/model/parseCellInput.ts';
import { validateReport } from '../../src/model/validateReport.ts';
import { tableSum } from '../../src/model/narrative/tableSum.ts';
import { printedValue } from '../../src/render/printedValue.ts';
import { reportWith } from '../fixtures/buildReport.ts';

const fee = 'tables.active.fees.amount';
// 5–7 decimals as real reports print 万元 (spec/template-2021.md §3.1).
const writtenFees = ['19167.08326', '793.0570158', '0.12345', '3.1415926', '250.000125', '68.0000001', '12345.678901'];

describe('the fee (本年收费金额, 万元) keeps every decimal as written', () => {
  it.each(writtenFees)('reads %s as that very number and shows it back unchanged', (written) => {
    const value = parseCellInput(written, 'amount');
    expect(typeof value).toBe('number');
    expect(String(value)).toBe(written);
    expect(formatCellInput(value)).toBe(written);
    expect(printedValue(value)).toBe(written);
    expect(JSON.stringify({ amount: value })).toBe(`{"amount":${written}}`);
  });

  it.each(writtenFees)('does not flag %s, in the grid or from a report file', (written) => {
    const report = reportWith({ [fee]: Number(written) });
    expect(cellStatus(Number(written), 'amount')).toEqual({ kind: 'number', value: Number(written) });
    expect(validateReport(report).filter((f) => f.cells.includes(fee))).toEqual([]);
  });

  it('reads the fee with its unit, full-width digits and a thousands separator', () => {
    expect(parseCellInput('19,167.08326万元', 'amount')).toBe(19167.08326);
    expect(parseCellInput('７９３．０５７０１５８', 'amount')).toBe(793.0570158);
  });

  it('never rounds: what the narrative checks read is the cell as written', () => {
    const report = reportWith({ [fee]: 793.0570158 });
    expect(tableSum(report, [fee])).toBe(793.0570158);
    expect(String(tableSum(report, [fee]))).toBe('793.0570158');
  });

  it('keeps a fee too long to hold exactly as typed and says why', () => {
    const typed = '123456789.123456789';
    expect(parseCellInput(typed, 'amount')).toBe(typed);
    const findings = validateReport(reportWith({ [fee]: typed }));
    const invalid = findings.find((f) => f.rule === 'invalid-value');
    expect(invalid?.cells).toEqual([fee]);
    expect(invalid?.message).toContain('无法原样保存');
  });

  it('still refuses a negative fee and text', () => {
    expect(cellStatus(-1.5, 'amount')).toEqual({ kind: 'invalid', reason: 'negative' });
    expect(parseCellInput('约2万元', 'amount')).toBe('约2万元');
  });

  it('any decimal of up to 15 significant digits comes back exactly as written', () => {
    const decimal = fc
      .tuple(fc.integer({ min: 0, max: 99999 }), fc.stringMatching(/^[0-9]{0,9}[1-9]$/))
      .map(([whole, fraction]) => `${whole}.${fraction}`);
    fc.assert(fc.property(decimal, (written) => {
      const value = parseCellInput(written, 'amount');
      return typeof value === 'number' && String(value) === written && exactAmount(written) === value;
    }));
  });
});
