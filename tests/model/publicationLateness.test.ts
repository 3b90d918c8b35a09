import { describe, expect, it } from 'vitest';
import { assessReport } from '../../src/model/assessment/assessReport.ts';
import { shippedPack } from '../../src/model/assessment/shippedPacks.ts';
import { checkDeadline } from '../../src/model/checkReportWarnings.ts';
import { describeLateness, publicationLateness } from '../../src/model/publicationLateness.ts';
import { reportDeadline } from '../../src/model/reportDeadline.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { reviewReports } from '../../src/model/review/reviewReports.ts';
import { fullReport } from '../fixtures/fullReport.ts';

// One deadline for the 成文日期 check, the review's late column and the packs' `late` rule (model/reportDeadline.ts).
const withMeta = (meta: Partial<Report['meta']>): Report => ({ ...fullReport, meta: { ...fullReport.meta, ...meta } });
const national = shippedPack('national-2021')!;
const lateRow = (report: Report) => reviewReports([{ file: 'a.json', report }]).reviewed[0]?.row;
const packLate = (report: Report) => {
  const result = assessReport(report, national);
  return { deducted: result.deductions.some((d) => d.rule === 'on-time' || d.rule === 'late'), notAssessed: result.notAssessed.find((n) => n.rule === 'on-time' || n.rule === 'late') };
};

describe('the deadline, worked out in one place', () => {
  it('gives a department 1月31日 and a government 3月31日 of the next year, or the local one', () => {
    expect(reportDeadline(withMeta({ year: 2025, agencyKind: 'department' }))).toEqual({ date: '2026-01-31', local: false });
    expect(reportDeadline(withMeta({ year: 2025, agencyKind: 'government' }))).toEqual({ date: '2026-03-31', local: false });
    expect(reportDeadline(withMeta({ year: 2025, deadline: '2026-02-15' }))).toEqual({ date: '2026-02-15', local: true });
  });

  it('judges a 乡镇/街道 by the law only once it has set its own deadline — in the check and the review alike', () => {
    const township = withMeta({ year: 2025, agencyKind: 'government', agencyLevel: 'township', issuedOn: '2026-04-10' });
    expect(reportDeadline(township)).toBeUndefined();
    expect(checkDeadline(township)).toEqual([]);
    expect(publicationLateness(township).late).toBeNull();
    expect(describeLateness(publicationLateness(township))).toContain('请在基本信息中填写本机关的公布时限');
    expect(lateRow(township)?.late).toBeNull();

    const setLocally = { ...township, meta: { ...township.meta, deadline: '2026-03-31' } };
    expect(checkDeadline(setLocally).map((f) => f.rule)).toEqual(['late-issue']);
    expect(publicationLateness(setLocally).late).toBe(true);
    expect(lateRow(setLocally)?.late).toBe(true);
  });

  it('judges a 乡镇/街道 by an assessor\'s pack, whose deadlines apply to every agency of the kind', () => {
    const township = withMeta({ year: 2025, agencyKind: 'other', agencyLevel: 'township', issuedOn: '2026-02-10' });
    expect(packLate(township)).toEqual({ deducted: true, notAssessed: undefined });
    const early = { ...township, meta: { ...township.meta, issuedOn: '2026-01-20' } };
    expect(packLate(early).deducted).toBe(false);
    const setLocally = { ...township, meta: { ...township.meta, deadline: '2026-02-15' } };
    expect(packLate(setLocally).deducted).toBe(false);
  });

  it('judges by the date of publication when it is known, else by 成文日期, the same in the review and the pack', () => {
    const published = withMeta({ year: 2025, agencyKind: 'department', issuedOn: '2026-01-20', publishedOn: '2026-02-03' });
    expect(publicationLateness(published)).toMatchObject({ late: true, dateSource: 'publishedOn', deadline: '2026-01-31' });
    expect(lateRow(published)).toMatchObject({ late: true, lateBasis: 'publishedOn', publishedOn: '2026-02-03' });
    const issued = withMeta({ year: 2025, agencyKind: 'department', issuedOn: '2026-02-03', publishedOn: undefined });
    expect(lateRow(issued)).toMatchObject({ late: true, lateBasis: 'issuedOn', publishedOn: null });
    expect(packLate(issued).deducted).toBe(true);
  });
});
