import { describe, expect, it } from 'vitest';
import { sections } from '../../../src/template/sections.ts';
import { stepOfFinding, stepOfPath, steps } from '../../../src/ui/wizard/steps.ts';
import type { Finding } from '../../../src/model/finding.ts';

describe('steps', () => {
  it('are 基本信息, the six section headings in order, then 预览与导出', () => {
    expect(steps.map((step) => step.label)).toEqual(['基本信息', ...sections.map((s) => s.heading), '预览与导出']);
  });

  it('maps a table cell to the part that holds its table', () => {
    expect(stepOfPath('tables.requests.declined.stateSecret.natural')).toBe('requests');
    expect(stepOfPath('tables.active.fees.amount')).toBe('active');
    expect(stepOfPath('tables.appeals.review.total')).toBe('appeals');
  });

  it('maps narrative paths to their part, the preamble and sub-sections to 一', () => {
    expect(stepOfPath('text.problems')).toBe('problems');
    expect(stepOfPath('text.other')).toBe('other');
    expect(stepOfPath('text.requests')).toBe('requests');
    expect(stepOfPath('text.preamble')).toBe('overview');
    expect(stepOfPath('text.overview.sections.3.body')).toBe('overview');
  });

  it('maps meta fields to 基本信息, by the finding\'s first cell', () => {
    const late: Finding = { severity: 'warning', rule: 'late-issue', cells: ['meta.issuedOn'], message: '' };
    const balance: Finding = { severity: 'error', rule: 'balance', cells: ['tables.requests.received.natural', 'text.other'], message: '' };
    expect(stepOfFinding(late)).toBe('basics');
    expect(stepOfFinding(balance)).toBe('requests');
  });
});
