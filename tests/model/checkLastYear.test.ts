import { describe, expect, it } from 'vitest';
import { setCell } from '../../src/model/cellAccess.ts';
import { checkLastYear } from '../../src/model/checkLastYear.ts';
import { nextYearReport } from '../../src/model/nextYearReport.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { textRepeatRate } from '../../src/model/textRepeatRate.ts';
import { validateReport } from '../../src/model/validateReport.ts';
import { fullReport } from '../fixtures/fullReport.ts';

const rulesOf = (report: Report, threshold?: number) =>
  checkLastYear(report, threshold === undefined ? {} : { textRepeatThreshold: threshold });

// This year's figures: 6 issued and 2 repealed on last year's 41 in force → 45.
const thisYear = (draft: Report): Report => [
  ['tables.active.regulations.issued', 0], ['tables.active.regulations.repealed', 0], ['tables.active.regulations.inForce', 0],
  ['tables.active.normativeDocuments.issued', 6], ['tables.active.normativeDocuments.repealed', 2], ['tables.active.normativeDocuments.inForce', 45],
].reduce((report, [path, value]) => setCell(report, String(path), Number(value)), draft);

describe('checkLastYear', () => {
  const draft = thisYear(nextYearReport(fullReport));

  it('finds nothing without last year\'s report, and nothing on a fresh next-year draft', () => {
    expect(rulesOf(fullReport)).toEqual([]);
    expect(rulesOf(draft)).toEqual([]);
  });

  it('carried-over: an error per column where 二、上年结转 differs from last year\'s 结转下年度', () => {
    const changed = setCell(setCell(draft, 'tables.requests.carriedOver.natural', 3), 'tables.requests.carriedOver.total', 3);
    const findings = rulesOf(changed).filter((f) => f.rule === 'carried-over');
    expect(findings.map((f) => [f.severity, f.cells[0], f.expected, f.actual])).toEqual([
      ['error', 'tables.requests.carriedOver.natural', 4, 3],
      ['error', 'tables.requests.carriedOver.total', 4, 3],
    ]);
    expect(findings[0]?.message).toBe('表三「二、上年结转 / 自然人」为 3，而2025年报告的「四、结转下年度继续办理」为 4，两者应相等');
  });

  it('in-force-continuity: a warning when 现行有效 ≠ last year + 制发 − 废止', () => {
    const findings = rulesOf(setCell(draft, 'tables.active.normativeDocuments.inForce', 40)).filter((f) => f.rule === 'in-force-continuity');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', cells: ['tables.active.normativeDocuments.inForce', 'tables.active.normativeDocuments.issued', 'tables.active.normativeDocuments.repealed'], expected: 45, actual: 40 });
    expect(findings[0]?.message).toContain('上年现行有效 41 件 + 本年制发 6 件 − 本年废止 2 件 = 45 件');
  });

  it('text-repeat: warns with the repeat rate when 一 or 五 copies last year\'s text', () => {
    const copied = { ...draft, text: { ...draft.text, overview: fullReport.text.overview, problems: `${fullReport.text.problems}\n今年另外新增的一点内容。` } };
    const findings = rulesOf(copied).filter((f) => f.rule === 'text-repeat');
    expect(findings.map((f) => f.cells[0])).toEqual(['text.overview.intro', 'text.problems']);
    expect(findings[0]?.message).toMatch(/「一、总体情况」与2025年报告的文字重复率约为 100%（超过 50%）/);
    expect(findings[1]?.actual).toBeGreaterThan(80);
    expect(findings[1]?.actual).toBeLessThan(100);
  });

  it('text-repeat: fresh text passes, and the threshold is configurable', () => {
    const rewritten = { ...draft, text: { ...draft.text, problems: '今年的问题主要是新媒体账号更新频率不均衡。' + fullReport.text.problems.slice(0, 30) } };
    const rate = textRepeatRate(rewritten.text.problems, fullReport.text.problems);
    expect(rate).toBeGreaterThan(0.3);
    expect(rate).toBeLessThan(0.7);
    expect(rulesOf(rewritten, 0.9).filter((f) => f.rule === 'text-repeat')).toEqual([]);
    expect(rulesOf(rewritten, 0.2).filter((f) => f.rule === 'text-repeat')).toHaveLength(1);
  });

  it('runs inside validateReport, with the threshold passed through its options', () => {
    const changed = setCell(draft, 'tables.requests.carriedOver.natural', 0);
    expect(validateReport(changed).some((f) => f.rule === 'carried-over')).toBe(true);
    const copied = { ...draft, text: { ...draft.text, problems: fullReport.text.problems } };
    expect(validateReport(copied, { textRepeatThreshold: 1 }).some((f) => f.rule === 'text-repeat')).toBe(false);
    expect(validateReport(copied).some((f) => f.rule === 'text-repeat')).toBe(true);
  });
});

describe('textRepeatRate', () => {
  it('is 0 for empty text and 1 for a copy that differs only in spaces and punctuation', () => {
    expect(textRepeatRate('', '去年的文字')).toBe(0);
    expect(textRepeatRate('全年发布信息一千二百八十六条，按月更新数据。', '全年发布信息 一千二百八十六条,按月更新数据')).toBe(1);
  });
});
