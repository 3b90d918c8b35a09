import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.ts';
import { countFindings } from '../../../src/ui/wizard/countFindings.ts';

const blank: Finding = { severity: 'warning', rule: 'blank-cell', cells: ['tables.active.fees.amount'], message: '未填写' };
const balance: Finding = { severity: 'error', rule: 'balance', cells: ['tables.requests.received.natural'], message: '不平衡' };

describe('countFindings', () => {
  it('counts errors and warnings', () => {
    expect(countFindings([balance, blank, blank])).toEqual({ errors: 1, warnings: 2 });
    expect(countFindings([])).toEqual({ errors: 0, warnings: 0 });
  });
});
