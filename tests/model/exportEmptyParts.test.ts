import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/reportSchema.ts';
import { validateReport } from '../../src/model/validateReport.ts';
import { zeroReport } from '../fixtures/buildReport.ts';
import { fullReport } from '../fixtures/fullReport.ts';

const emptyParts = (report: Report, stage: 'draft' | 'final') =>
  validateReport(report, { stage }).filter((finding) => finding.rule === 'narrative-empty-part');

describe('a report with no narrative at all', () => {
  const tablesOnly = zeroReport();

  it('is a tables-only file while drafting: nothing said', () => {
    expect(emptyParts(tablesOnly, 'draft')).toEqual([]);
  });

  it('on export, reports 一, 五 and 六 as errors, one each', () => {
    const findings = emptyParts(tablesOnly, 'final');
    expect(findings.map((finding) => [finding.severity, finding.cells[0]])).toEqual([
      ['error', 'text.overview.sections.0.body'],
      ['error', 'text.problems'],
      ['error', 'text.other'],
    ]);
  });

  it('on export, reports only the part left empty when the others are written', () => {
    const noProblems: Report = { ...fullReport, text: { ...fullReport.text, problems: '' } };
    expect(emptyParts(noProblems, 'final')).toMatchObject([{ severity: 'error', cells: ['text.problems'] }]);
    expect(emptyParts(noProblems, 'draft')).toMatchObject([{ severity: 'warning', cells: ['text.problems'] }]);
    expect(emptyParts(fullReport, 'final')).toEqual([]);
  });

  it('keeps a placeholder part a warning on export (written, but too short)', () => {
    const placeholder: Report = { ...fullReport, text: { ...fullReport.text, problems: '无' } };
    expect(emptyParts(placeholder, 'final')).toMatchObject([{ severity: 'warning', cells: ['text.problems'] }]);
  });
});
