import { describe, expect, it } from 'vitest';
import { countLedger, type LedgerCount } from '../../../src/model/ledger/countLedger.ts';
import type { LedgerSheet } from '../../../src/model/ledger/ledgerSheet.ts';
import { applyLedgerCount } from '../../../src/model/ledger/applyLedgerCount.ts';
import { getCell } from '../../../src/model/cellAccess.ts';
import { cellCatalog } from '../../../src/model/cellCatalog.ts';
import { validateReport } from '../../../src/model/validateReport.ts';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import { fullReport } from '../../fixtures/fullReport.ts';
import { ledgerFromTable } from '../../fixtures/ledgerFromTable.ts';

const header = ['序号', '收到日期', '申请人类型', '办理结果', '答复日期'];

function count(rows: LedgerSheet, year = 2024): LedgerCount {
  const result = countLedger([header, ...rows], { year });
  if (!result.ok) throw new Error(result.error);
  return result;
}

const requestPaths = cellCatalog.filter((cell) => cell.table === 'requests').map((cell) => cell.path);
const tableOf = (report: typeof fullReport) => Object.fromEntries(requestPaths.map((path) => [path, getCell(report, path) as number]));

describe('countLedger', () => {
  it('counts a line received and answered in the year into 一 and its result row, with totals', () => {
    const result = count([['1', '2024-03-05', '自然人', '予以公开', '2024-03-20']]);
    expect(result.cells['tables.requests.received.natural']).toBe(1);
    expect(result.cells['tables.requests.disclosed.natural']).toBe(1);
    expect(result.cells['tables.requests.disclosed.total']).toBe(1);
    expect(result.cells['tables.requests.resultsTotal.natural']).toBe(1);
    expect(result.cells['tables.requests.carriedForward.natural']).toBe(0);
    expect(Object.keys(result.cells)).toHaveLength(175);
    expect(result.provenance['tables.requests.disclosed.natural']).toEqual([2]);
    expect(result.problems).toEqual([]);
  });

  it('counts a line received before the year and answered in it into 二; one still open into 四', () => {
    const result = count([
      ['1', '2023/12/20', '商业企业', '1.属于国家秘密', '2024/1/10'],
      ['2', '2024年12月28日', '科研机构', '', ''],
      ['3', '2024.6.1', '法律服务机构', '（一）予以公开', '2025.1.3'],
    ]);
    expect(result.cells['tables.requests.carriedOver.commercial']).toBe(1);
    expect(result.cells['tables.requests.declined.stateSecret.commercial']).toBe(1);
    expect(result.cells['tables.requests.carriedForward.research']).toBe(1);
    expect(result.cells['tables.requests.carriedForward.legalService']).toBe(1);
    expect(result.cells['tables.requests.disclosed.legalService']).toBe(0);
    expect(result.problems).toEqual([]);
  });

  it('reads results by label, printed label, group and short form', () => {
    const forms = ['部分公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '危及“三安全一稳定”', '（三）不予公开 3.危及“三安全一稳定”',
      '逾期未缴纳费用', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他'];
    const result = count(forms.map((form, i) => [String(i), '2024-02-01', '其他', form, '2024-02-10']));
    expect(result.problems).toEqual([]);
    expect(result.cells['tables.requests.partlyDisclosed.otherOrg']).toBe(2);
    expect(result.cells['tables.requests.declined.endangersSafety.otherOrg']).toBe(2);
    expect(result.cells['tables.requests.otherHandling.feeUnpaid.otherOrg']).toBe(2);
    expect(result.cells['tables.requests.otherHandling.other.otherOrg']).toBe(1);
  });

  it('reads an Excel serial date cell', () => {
    const result = count([['1', 45356, '自然人', '重复申请', 45371]]);
    expect(result.counted[0]?.receivedOn).toBe('2024-03-05');
    expect(result.cells['tables.requests.notProcessed.repeated.natural']).toBe(1);
  });

  it('lists, never guesses, lines it cannot count, each with its row and the reason', () => {
    const result = count([
      ['A1', '2024-03-05', '个人', '予以公开', '2024-03-06'],
      ['A2', '2024-03-05', '自然人', '已答复', '2024-03-06'],
      ['A3', '3月5日', '自然人', '予以公开', '2024-03-06'],
      ['A4', '2025-01-05', '自然人', '', ''],
      ['A5', '2023-05-05', '自然人', '予以公开', '2023-06-01'],
      ['A6', '2024-03-05', '自然人', '予以公开', ''],
      ['A7', '2024-02-30', '自然人', '予以公开', '2024-03-06'],
    ]);
    expect(result.problems.map((p) => [p.row, p.kind, p.counted])).toEqual([
      [2, 'unknown-applicant', false],
      [3, 'unknown-result', false],
      [4, 'unreadable-received', false],
      [5, 'outside-year', false],
      [6, 'outside-year', false],
      [7, 'missing-answered', true],
      [8, 'unreadable-received', false],
    ]);
    expect(result.problems[0]?.problem).toContain('“个人”');
    expect(result.counted.map((line) => line.row)).toEqual([7]);
    expect(result.cells['tables.requests.disclosed.natural']).toBe(1);
  });

  it('counts identical lines sharing a 序号 once, and none of those that differ', () => {
    const result = count([
      ['7', '2024-03-05', '自然人', '予以公开', '2024-03-06'],
      ['7', '2024-03-05', '自然人', '予以公开', '2024-03-06'],
      ['8', '2024-04-05', '自然人', '予以公开', '2024-04-06'],
      ['8', '2024-04-05', '商业企业', '予以公开', '2024-04-06'],
    ]);
    expect(result.cells['tables.requests.received.total']).toBe(1);
    expect(result.problems.map((p) => [p.row, p.kind])).toEqual([[3, 'duplicate-number'], [4, 'duplicate-number'], [5, 'duplicate-number']]);
    expect(result.problems[0]?.problem).toContain('只计一次');
  });

  it('matches headers after removing spaces and punctuation, takes synonyms, and skips a title line', () => {
    const result = countLedger([
      ['2024年依申请公开台账'],
      ['编号', '申请 日期：', '申请人类型', '处理结果', '办结日期', '备注'],
      ['1', '2024-03-05', '自然人', '予以公开', '2024-03-06', '电话申请'],
      [null, null, null, null, null, null],
    ], { year: 2024 });
    expect(result.ok && result.headerRow).toBe(2);
    expect(result.ok && result.mapping).toEqual({ number: 0, received: 1, applicant: 2, result: 3, answered: 4 });
    expect(result.ok && result.lines).toBe(1);
  });

  it('says which required column it cannot find', () => {
    const result = countLedger([['序号', '日期', '申请人类型']], { year: 2024 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('“收到日期”');
  });

  it('counts back the full report table 三, all 175 cells, from its ledger in mixed date forms', () => {
    const expected = tableOf(fullReport);
    const ledger = ledgerFromTable(expected, { year: 2025, seed: 7 });
    const result = countLedger(ledger, { year: 2025 });
    expect(result.ok && result.problems).toEqual([]);
    expect(result.ok && result.cells).toEqual(expected);
    const applied = applyLedgerCount(emptyReport({ year: 2025, agency: '某局' }), result.ok ? result : { cells: {} });
    expect(validateReport(applied).filter((f) => f.cells.some((c) => c.startsWith('tables.requests')) && f.severity === 'error')).toEqual([]);
  });
});
