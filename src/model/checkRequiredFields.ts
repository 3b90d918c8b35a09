import { ruleSeverity } from '../template/reportRules.ts';
import type { Stage } from './checkCells.ts';
import type { Finding } from './finding.ts';
import type { Report } from './reportSchema.ts';

/**
 * required-field (report-format.md §2): meta.agency empty — the title and the signature need it —
 * or meta.year missing. A warning while drafting, an error on export.
 */
export function checkRequiredFields(report: Report, stage: Stage = 'draft'): Finding[] {
  const severity = ruleSeverity('required-field', stage);
  const findings: Finding[] = [];
  if ((report.meta.agency ?? '').trim() === '') {
    findings.push({
      severity,
      rule: 'required-field',
      cells: ['meta.agency'],
      message: '没有填写机关全称：报告标题和落款都要用到它，请在“基本信息”中填写（如“某某县某某局”）',
    });
  }
  if (!Number.isInteger(report.meta.year)) {
    findings.push({ severity, rule: 'required-field', cells: ['meta.year'], message: '没有报告年度：请在“基本信息”中选择报告年度' });
  }
  return findings;
}
