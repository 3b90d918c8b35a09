import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.ts';
import { describeFindingsChange } from '../../../src/ui/wizard/findingsChange.ts';

const finding = (rule: string, cell: string, severity: 'error' | 'warning', message = `${rule} at ${cell}`): Finding =>
  ({ rule, severity, message, cells: [cell] }) as Finding;

const balance = finding('balance', 'tables.requests.received.natural', 'error', '自然人一列不平衡：应为 12，实为 13');
const rowTotal = finding('row-total', 'tables.requests.received.total', 'error', '一、本年新收的总计应为 20，实为 21');
const blank = finding('blank-cell', 'tables.requests.received.research', 'warning');
const late = finding('late-issue', 'meta.issuedOn', 'warning', '成文日期晚于 1月31日');

describe('what a screen reader is told after a pause', () => {
  it('says nothing when only blank cells were filled, or nothing changed', () => {
    expect(describeFindingsChange([blank], [])).toBeNull();
    expect(describeFindingsChange([], [blank])).toBeNull();
    expect(describeFindingsChange([balance], [balance])).toBeNull();
  });

  it('reads out a new error, and only the first of several', () => {
    expect(describeFindingsChange([], [balance])).toBe('新错误：自然人一列不平衡：应为 12，实为 13');
    expect(describeFindingsChange([blank], [balance, rowTotal, blank])).toBe('新增 2 处错误，第一处：自然人一列不平衡：应为 12，实为 13');
  });

  it('counts errors fixed and says how many are left', () => {
    expect(describeFindingsChange([balance, rowTotal], [rowTotal])).toBe('已改正 1 处错误，还有 1 处');
    expect(describeFindingsChange([balance, rowTotal], [])).toBe('已改正 2 处错误，已没有错误');
  });

  it('treats an error whose figures changed as the same error (not news)', () => {
    const moved = { ...balance, message: '自然人一列不平衡：应为 12，实为 14' } as Finding;
    expect(describeFindingsChange([balance], [moved])).toBeNull();
  });

  it('names a new warning, and joins several changes in one sentence', () => {
    expect(describeFindingsChange([], [late])).toBe('新提醒：成文日期晚于 1月31日');
    expect(describeFindingsChange([balance], [rowTotal, late])).toBe('新错误：一、本年新收的总计应为 20，实为 21。已改正 1 处错误，还有 1 处。新提醒：成文日期晚于 1月31日');
  });
});
