import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/reportSchema.ts';
import { validateReport } from '../../src/model/validateReport.ts';
import { readWrittenDate } from '../../src/model/writtenDate.ts';
import { fullReport } from '../fixtures/fullReport.ts';

const dated = (issuedOn: string, issuedOnText?: string): Report => ({
  ...fullReport,
  meta: { ...fullReport.meta, issuedOn, ...(issuedOnText === undefined ? {} : { issuedOnText }) },
});
const dateFindings = (report: Report) => validateReport(report).filter((finding) => finding.rule === 'date-format');

describe('the 成文日期 as written', () => {
  it.each([
    ['2026年元月20日', '2026-01-20'],
    ['2026年01月20日', '2026-01-20'],
    ['2026年1月05日', '2026-01-05'],
    ['二〇二六年一月二十日', '2026-01-20'],
  ])('warns on %s and says how to write it', (written, iso) => {
    const [finding, ...rest] = dateFindings(dated(iso, written));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', cells: ['meta.issuedOn'] });
    expect(finding?.message).toContain(`“${written}”`);
    expect(finding?.message).toContain(`“2026年1月${Number(iso.slice(8))}日”`);
  });

  it('says nothing on a date written the standard way, or with no written form kept', () => {
    expect(dateFindings(dated('2026-01-20', '2026年1月20日'))).toEqual([]);
    expect(dateFindings(dated('2026-01-20'))).toEqual([]);
  });

  it('ignores a written form the clerk has since replaced with another date', () => {
    expect(dateFindings(dated('2026-01-22', '2026年元月20日'))).toEqual([]);
  });

  it('reads the written forms, and refuses impossible dates', () => {
    expect(readWrittenDate('2026年 元月 20日')).toEqual({ iso: '2026-01-20', irregular: true, written: '2026年元月20日' });
    expect(readWrittenDate('2026年2月30日')).toBeUndefined();
    expect(readWrittenDate('2026年2月3日')).toMatchObject({ irregular: false });
  });
});

describe('the free meta fields of the recognition in a report file', () => {
  it('opens a file whose agencyLevel or issuedOnText this version does not understand, dropping only those', async () => {
    const { readReportText } = await import('../../src/model/readReport.ts');
    const odd = { ...fullReport, meta: { ...fullReport.meta, agencyLevel: 'prefecture-ish', issuedOnText: 20260120 } };
    const result = readReportText(JSON.stringify(odd));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.report.meta.agencyLevel).toBeUndefined();
      expect(result.report.meta.issuedOnText).toBeUndefined();
      expect(result.report.meta.agency).toBe(fullReport.meta.agency);
    }
  });
});
