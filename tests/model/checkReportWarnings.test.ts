import { describe, expect, it } from 'vitest';
import { checkDateStyle, checkDeadline, checkIssuedInForce, checkRegulationsAllowed } from '../../src/model/checkReportWarnings.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { zeroReport } from '../fixtures/buildReport.ts';

const withMeta = (meta: Partial<Report['meta']>, base: Report = zeroReport()): Report => ({ ...base, meta: { ...base.meta, ...meta } });

describe('checkDeadline', () => {
  it('accepts a department report dated by 1月31日 of the next year', () => {
    expect(checkDeadline(withMeta({ year: 2024, issuedOn: '2025-01-31', agencyKind: 'department' }))).toEqual([]);
  });

  it('warns when a department report is dated after 1月31日', () => {
    expect(checkDeadline(withMeta({ year: 2024, issuedOn: '2025-02-03', agencyKind: 'department' }))).toEqual([
      { severity: 'warning', rule: 'late-issue', cells: ['meta.issuedOn'], message: '成文日期2025年2月3日晚于部门年度报告的公布时限2025年1月31日，请核实日期' },
    ]);
  });

  it('gives a government’s own report until 3月31日', () => {
    expect(checkDeadline(withMeta({ year: 2024, issuedOn: '2025-03-15', agencyKind: 'government' }))).toEqual([]);
    expect(checkDeadline(withMeta({ year: 2024, issuedOn: '2025-04-01', agencyKind: 'government' }))).toHaveLength(1);
  });

  it('takes a local deadline from meta.deadline and from the options', () => {
    expect(checkDeadline(withMeta({ year: 2024, issuedOn: '2025-02-10', agencyKind: 'other', deadline: '2025-02-28' }))).toEqual([]);
    const deadlines = { department: { month: 2, day: 15 }, government: { month: 3, day: 31 }, other: { month: 1, day: 31 } };
    expect(checkDeadline(withMeta({ year: 2024, issuedOn: '2025-02-10', agencyKind: 'department' }), deadlines)).toEqual([]);
  });

  it('says nothing without a date, and flags an impossible one', () => {
    expect(checkDeadline(withMeta({ issuedOn: null }))).toEqual([]);
    expect(checkDeadline(withMeta({ issuedOn: '2025-02-30' }))[0]?.rule).toBe('date-format');
  });
});

describe('checkDateStyle', () => {
  const withText = (problems: string) => { const r = zeroReport(); return { ...r, text: { ...r.text, problems } }; };

  it.each([
    ['2024年元月6日召开会议', '2024年1月6日'],
    ['于2025年01月20日印发', '2025年1月20日'],
    ['2025年1月05日', '1月5日'],
  ])('warns about %j and suggests %j', (text, fixed) => {
    const findings = checkDateStyle(withText(text));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'date-format', severity: 'warning', cells: ['text.problems'] });
    expect(findings[0]?.message).toContain(fixed);
  });

  it.each(['2024年1月6日', '2024年10月20日', '电话0598-1234567', '共10条'])('accepts %j', (text) => {
    expect(checkDateStyle(withText(text))).toEqual([]);
  });
});

describe('checkRegulationsAllowed', () => {
  const withRegulations = (meta: Partial<Report['meta']>) =>
    withMeta(meta, zeroReport({ 'tables.active.regulations.inForce': 2 }));

  it('warns when a department reports 规章 figures', () => {
    const findings = checkRegulationsAllowed(withRegulations({ agencyKind: 'department' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'regulations-not-allowed', severity: 'warning', cells: ['tables.active.regulations.inForce'] });
  });

  it('accepts 规章 figures from a body that may make them', () => {
    expect(checkRegulationsAllowed(withRegulations({ agencyKind: 'department', canMakeRegulations: true }))).toEqual([]);
    expect(checkRegulationsAllowed(withRegulations({ agencyKind: 'government' }))).toEqual([]);
  });

  it('accepts zeros from anyone', () => {
    expect(checkRegulationsAllowed(withMeta({ agencyKind: 'other' }))).toEqual([]);
  });
});

describe('checkIssuedInForce', () => {
  it('warns when more were issued than are in force and none repealed', () => {
    const report = zeroReport({ 'tables.active.normativeDocuments.issued': 5, 'tables.active.normativeDocuments.inForce': 3 });
    expect(checkIssuedInForce(report)).toEqual([
      expect.objectContaining({ rule: 'issued-exceeds-in-force', cells: ['tables.active.normativeDocuments.inForce', 'tables.active.normativeDocuments.issued'], expected: 5, actual: 3 }),
    ]);
  });

  it('accepts it when documents were repealed', () => {
    const report = zeroReport({ 'tables.active.normativeDocuments.issued': 5, 'tables.active.normativeDocuments.repealed': 3, 'tables.active.normativeDocuments.inForce': 3 });
    expect(checkIssuedInForce(report)).toEqual([]);
  });
});
