import { describe, expect, it } from 'vitest';
import { cellCatalog } from '../../../src/model/cellCatalog.ts';
import { getCell } from '../../../src/model/cellAccess.ts';
import { readReport } from '../../../src/model/readReport.ts';
import { textFields } from '../../../src/model/textFields.ts';
import { validateReport } from '../../../src/model/validateReport.ts';
import { exampleReport } from '../../../src/ui/example/exampleReport.ts';

describe('exampleReport', () => {
  const report = exampleReport(2025);

  it('is a valid report file for the year asked', () => {
    const read = readReport(JSON.parse(JSON.stringify(report)));
    expect(read.ok).toBe(true);
    expect(report.meta.year).toBe(2025);
    expect(report.meta.issuedOn).toBe('2026-01-20');
  });

  it('balances and has every cell filled: no finding even at export', () => {
    expect(validateReport(report, { stage: 'final' })).toEqual([]);
    expect(cellCatalog.every((cell) => typeof getCell(report, cell.path) === 'number')).toBe(true);
  });

  it('has all six parts written, 一 with its five sub-sections, 六 stating 信息处理费', () => {
    expect(report.text.overview.sections.map((s) => s.heading)).toEqual(['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障']);
    expect(report.text.overview.sections.every((s) => s.body.split('\n').length >= 2)).toBe(true);
    expect(report.text.problems.length).toBeGreaterThan(150);
    expect(report.text.other).toContain('信息处理费');
  });

  it('states in its text the same application counts as its table 三', () => {
    const requests = report.text.overview.sections[1]?.body ?? '';
    expect(requests).toContain(`新收政府信息公开申请${getCell(report, 'tables.requests.received.total')}件`);
    expect(requests).toContain(`上年结转${getCell(report, 'tables.requests.carriedOver.total')}件`);
    expect(requests).toContain(`已办结${getCell(report, 'tables.requests.resultsTotal.total')}件`);
    expect(requests).toContain(`结转下年度继续办理${getCell(report, 'tables.requests.carriedForward.total')}件`);
  });

  it('writes dates without 元月 or zero padding', () => {
    const all = textFields(report).map((field) => field.value).join('\n');
    expect(all).not.toMatch(/元月|年0\d月|月0\d日/);
  });
});
