import { describe, expect, it } from 'vitest';
import { acknowledge, unacknowledge } from '../../src/model/acknowledgeEdit.ts';
import { applyAcknowledgements, canAcknowledge } from '../../src/model/acknowledgement.ts';
import { setCell } from '../../src/model/cellAccess.ts';
import type { Finding } from '../../src/model/finding.ts';
import { readReport } from '../../src/model/readReport.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { validateReport } from '../../src/model/validateReport.ts';
import { fullReport } from '../fixtures/fullReport.ts';

// A department that filled the 规章 row: a warning a clerk may rightly keep (the body does have the power).
const withRegulations = setCell(setCell(fullReport, 'tables.active.regulations.issued', 2), 'tables.active.regulations.inForce', 5);
const warningOf = (report: Report): Finding | undefined => validateReport(report).find((f) => f.rule === 'regulations-not-allowed');

describe('acknowledged warnings (meta.acknowledged)', () => {
  it('a 提醒 marked 已核实 carries its reason and date; the entry is stored as documented', () => {
    const warning = warningOf(withRegulations);
    expect(warning && canAcknowledge(warning)).toBe(true);
    const acknowledged = acknowledge(withRegulations, warning as Finding, '  本局经省政府授权，有规章制定权 ', '2026-01-18');
    expect(acknowledged.meta.acknowledged).toEqual([{
      rule: 'regulations-not-allowed',
      cells: ['tables.active.regulations.issued', 'tables.active.regulations.inForce'],
      reason: '本局经省政府授权，有规章制定权',
      on: '2026-01-18',
      values: ['2', '5'],
      figures: '',
    }]);
    expect(warningOf(acknowledged)?.acknowledged).toEqual({ reason: '本局经省政府授权，有规章制定权', on: '2026-01-18' });
    // Still listed for reviewers, still a warning: only the verdict differs.
    expect(warningOf(acknowledged)?.severity).toBe('warning');
  });

  it('comes back when a figure it is about changes, and stays away when it changes back', () => {
    const acknowledged = acknowledge(withRegulations, warningOf(withRegulations) as Finding, '有规章制定权', '2026-01-18');
    const changed = setCell(acknowledged, 'tables.active.regulations.inForce', 6);
    expect(warningOf(changed)?.acknowledged).toBeUndefined();
    expect(warningOf(setCell(changed, 'tables.active.regulations.inForce', 5))?.acknowledged).toBeDefined();
  });

  it('comes back when the numbers in its message change (figures outside its cells)', () => {
    const finding: Finding = { severity: 'warning', rule: 'text-repeat', cells: ['text.problems'], message: '重复率约为 62%' };
    const acknowledged = acknowledge(fullReport, finding, '沿用', '2026-01-18');
    expect(applyAcknowledgements(acknowledged, [finding])[0]?.acknowledged).toBeDefined();
    expect(applyAcknowledgements(acknowledged, [{ ...finding, message: '重复率约为 70%' }])[0]?.acknowledged).toBeUndefined();
  });

  it('errors and blank cells cannot be acknowledged', () => {
    expect(canAcknowledge({ severity: 'error', rule: 'row-total', cells: ['tables.requests.received.total'], message: '' })).toBe(false);
    expect(canAcknowledge({ severity: 'warning', rule: 'blank-cell', cells: ['tables.requests.received.total'], message: '' })).toBe(false);
    const blank: Finding = { severity: 'warning', rule: 'blank-cell', cells: ['tables.active.fees.amount'], message: '' };
    const report = { ...fullReport, meta: { ...fullReport.meta, acknowledged: [{ rule: 'blank-cell', cells: ['tables.active.fees.amount'], reason: 'x', on: '2026-01-01' }] } } as Report;
    expect(applyAcknowledgements(report, [blank])[0]?.acknowledged).toBeUndefined();
  });

  it('survives the report file and can be withdrawn', () => {
    const acknowledged = acknowledge(withRegulations, warningOf(withRegulations) as Finding, '有规章制定权', '2026-01-18');
    const read = readReport(JSON.parse(JSON.stringify(acknowledged)));
    expect(read.ok && warningOf(read.report)?.acknowledged?.reason).toBe('有规章制定权');
    const withdrawn = unacknowledge(acknowledged, warningOf(acknowledged) as Finding);
    expect(withdrawn.meta.acknowledged).toBeUndefined();
    expect(warningOf(withdrawn)?.acknowledged).toBeUndefined();
  });

  it('a malformed list is refused with the place named', () => {
    const read = readReport({ ...JSON.parse(JSON.stringify(fullReport)), meta: { ...fullReport.meta, acknowledged: [{ rule: 1 }] } });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toMatch(/^文件内容有误：.*meta\.acknowledged\.0\.rule/);
  });
});
