import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.ts';
import { combineFindings, countFindings } from '../../../src/ui/wizard/combineFindings.ts';

const blank: Finding = { severity: 'warning', rule: 'blank-cell', cells: ['tables.active.fees.amount'], message: '未填写' };
const balance: Finding = { severity: 'error', rule: 'balance', cells: ['tables.requests.received.natural'], message: '不平衡' };
const late: Finding = { severity: 'warning', rule: 'late-issue', cells: ['meta.issuedOn'], message: '晚于时限' };

describe('combineFindings', () => {
  it('lists errors before warnings', () => {
    expect(combineFindings([blank, balance], [late]).map((f) => f.rule)).toEqual(['balance', 'blank-cell', 'late-issue']);
  });

  it('drops a finding reported by both the cell store and the report checks', () => {
    expect(combineFindings([balance, blank], [balance])).toHaveLength(2);
  });

  it('counts errors and warnings', () => {
    expect(countFindings([balance, blank, late])).toEqual({ errors: 1, warnings: 2 });
  });
});
