import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/reportSchema.ts';
import { validateReport } from '../../src/model/validateReport.ts';
import { fullReport } from '../fixtures/fullReport.ts';

const withAgency = (agency: string): Report => ({ ...fullReport, meta: { ...fullReport.meta, agency } });
const required = (report: Report, stage: 'draft' | 'final') =>
  validateReport(report, { stage }).filter((finding) => finding.rule === 'required-field');

describe('required-field (report-format.md §2)', () => {
  it('warns while drafting when the agency is empty, naming meta.agency first', () => {
    const [finding, ...rest] = required(withAgency(''), 'draft');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', rule: 'required-field', cells: ['meta.agency'] });
    expect(finding?.message).toContain('机关全称');
  });

  it('is an error on export, also when the name is only spaces', () => {
    expect(required(withAgency('　 '), 'final')).toMatchObject([{ severity: 'error', cells: ['meta.agency'] }]);
  });

  it('says nothing when the agency is named', () => {
    expect(required(withAgency('青禾市林业局'), 'final')).toEqual([]);
  });

  it('flags a missing year', () => {
    const noYear = { ...fullReport, meta: { ...fullReport.meta, year: Number.NaN } };
    expect(required(noYear, 'final')).toMatchObject([{ severity: 'error', cells: ['meta.year'] }]);
  });
});
