import { describe, expect, it } from 'vitest';
import { validateReport, validateTables } from '../../src/model/validateReport.ts';
import { setCell } from '../../src/model/cellAccess.ts';
import { balancedReport, reportWith, zeroReport } from '../fixtures/buildReport.ts';

const R = 'tables.requests';
const arithmetic = (findings: ReturnType<typeof validateTables>) =>
  findings.filter((f) => ['balance', 'results-total', 'row-total', 'appeal-total'].includes(f.rule));

const sample = balancedReport({
  results: { disclosed: 2, partlyDisclosed: 1, 'unavailable.notHeld': 1 },
  carriedOver: 1,
  carriedForward: 2,
  appeals: { 'review.upheld': 1, 'review.pending': 1, 'review.total': 2 },
});

describe('validateReport', () => {
  it('finds nothing in a balanced, complete report', () => {
    expect(validateReport(sample)).toEqual([]);
  });

  it('reports expected and actual when 一+二 ≠ 三（七）+四 (balance)', () => {
    // 自然人: received 5? build the column from the spec example: 5 + 1 = 6, while 4 + 1 = 5.
    const report = zeroReport({
      [`${R}.received.natural`]: 5,
      [`${R}.carriedOver.natural`]: 1,
      [`${R}.disclosed.natural`]: 4,
      [`${R}.carriedForward.natural`]: 1,
    });
    expect(arithmetic(validateTables(report))).toEqual([
      {
        severity: 'error',
        rule: 'balance',
        cells: [`${R}.received.natural`, `${R}.carriedOver.natural`, `${R}.resultsTotal.natural`, `${R}.carriedForward.natural`],
        expected: 6,
        actual: 5,
        message: '自然人一列：一、本年新收(5) + 二、上年结转(1) = 6，而（七）总计(4) + 四、结转下年度(1) = 5',
      },
      // The 总计 column inherits the same imbalance.
      expect.objectContaining({ rule: 'balance', cells: expect.arrayContaining([`${R}.received.total`]), expected: 6, actual: 5 }),
    ]);
  });

  it('reports results-total on the column’s （七）总计 when it is not the sum of the 21 result rows', () => {
    const report = setCell(sample, `${R}.resultsTotal.natural`, 3);
    const findings = arithmetic(validateTables(report));
    const resultsTotal = findings.filter((f) => f.rule === 'results-total');
    expect(resultsTotal).toHaveLength(1);
    expect(resultsTotal[0]).toMatchObject({
      severity: 'error',
      expected: 4,
      actual: 3,
      message: '表三「自然人」一列：（七）总计应为 4（各办理结果之和），实为 3；请核对这一列的各办理结果和（七）总计。',
    });
    expect(resultsTotal[0]?.cells[0]).toBe(`${R}.resultsTotal.natural`);
    expect(resultsTotal[0]?.cells).toHaveLength(22);
    // The same cell also breaks its row total and the column balance.
    expect(findings.map((f) => `${f.rule}:${f.cells[0]}`).sort()).toEqual([
      `balance:${R}.received.natural`,
      `results-total:${R}.resultsTotal.natural`,
      `row-total:${R}.resultsTotal.total`,
    ]);
  });

  it('reports row-total on the row’s 总计 cell', () => {
    const report = setCell(sample, `${R}.declined.thirdPartyRights.commercial`, 2);
    const rowTotal = arithmetic(validateTables(report)).filter((f) => f.rule === 'row-total');
    expect(rowTotal).toEqual([
      expect.objectContaining({
        cells: expect.arrayContaining([`${R}.declined.thirdPartyRights.total`]),
        expected: 2,
        actual: 0,
        message: '表三「（三）不予公开4.保护第三方合法权益」一行：总计应为 2（各类申请人之和：0+2+0+0+0+0），实为 0；请核对这一行的各格和总计。',
      }),
    ]);
    expect(rowTotal[0]?.cells[0]).toBe(`${R}.declined.thirdPartyRights.total`);
  });

  it('reports appeal-total per group of table 四', () => {
    const report = setCell(setCell(sample, 'tables.appeals.suitDirect.corrected', 1), 'tables.appeals.suitAfterReview.total', 3);
    const appeal = arithmetic(validateTables(report)).filter((f) => f.rule === 'appeal-total');
    expect(appeal.map((f) => [f.cells[0], f.expected, f.actual])).toEqual([
      ['tables.appeals.suitDirect.total', 1, 0],
      ['tables.appeals.suitAfterReview.total', 0, 3],
    ]);
    expect(appeal[0]?.message).toBe('表四「行政诉讼（未经复议直接起诉）」：总计应为 1（结果维持、结果纠正、其他结果、尚未审结之和：0+1+0+0），实为 0；请核对这一组的各格和总计。');
  });

  it('checks a total only when it and all its parts are numbers', () => {
    const report = setCell(setCell(sample, `${R}.disclosed.natural`, null), `${R}.resultsTotal.commercial`, 'abc');
    const findings = validateTables(report);
    expect(arithmetic(findings).filter((f) => f.cells.includes(`${R}.disclosed.natural`) || f.cells.includes(`${R}.resultsTotal.commercial`))).toEqual([]);
    expect(findings.filter((f) => f.rule === 'blank-cell').map((f) => f.cells[0])).toEqual([`${R}.disclosed.natural`]);
    expect(findings.filter((f) => f.rule === 'invalid-value')).toEqual([
      {
        severity: 'error',
        rule: 'invalid-value',
        cells: [`${R}.resultsTotal.commercial`],
        message: '表三「（七）总计 / 商业企业」：“abc”不是数字，请填写 0 或正整数，没有发生请填 0',
      },
    ]);
  });

  it('flags negative numbers and decimals in count cells, but not a fee with 5 decimals (万元 as published)', () => {
    const report = reportWith({
      'tables.active.licensing.decisions': -2,
      'tables.active.punishment.decisions': 1.5,
      'tables.active.fees.amount': 0.12345,
      'tables.active.coercion.decisions': '-4',
    });
    const invalid = validateTables(report).filter((f) => f.rule === 'invalid-value');
    expect(invalid.map((f) => [f.cells[0], f.message])).toEqual([
      ['tables.active.licensing.decisions', '表二「行政许可 / 本年处理决定数量」：“-2”是负数，数量不能小于 0'],
      ['tables.active.punishment.decisions', '表二「行政处罚 / 本年处理决定数量」：“1.5”带小数，件数应为整数'],
      ['tables.active.coercion.decisions', '表二「行政强制 / 本年处理决定数量」：“-4”是负数，数量不能小于 0'],
    ]);
  });

  it('accepts a fee with up to 4 decimals', () => {
    const report = setCell(sample, 'tables.active.fees.amount', 12.3456);
    expect(validateReport(report)).toEqual([]);
  });

  it('warns about blank cells while drafting and reports them as errors on export', () => {
    const report = setCell(sample, 'tables.appeals.review.other', null);
    expect(validateTables(report, 'draft').filter((f) => f.rule === 'blank-cell')).toEqual([
      { severity: 'warning', rule: 'blank-cell', cells: ['tables.appeals.review.other'], message: '表四「行政复议其他结果」未填写；没有发生请填 0。' },
    ]);
    expect(validateTables(report, 'final').find((f) => f.rule === 'blank-cell')?.severity).toBe('error');
  });

  it('lists a blank-cell warning for each of the 200 cells of a new report and nothing else', () => {
    const findings = validateReport(reportWith({}));
    expect(findings).toHaveLength(200);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['blank-cell']));
  });

  it('puts errors before warnings', () => {
    const report = setCell(setCell(sample, 'tables.appeals.review.other', null), `${R}.received.total`, 99);
    const severities = validateReport(report).map((f) => f.severity);
    expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('error'));
  });
});
