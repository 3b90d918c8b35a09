import { describe, expect, it } from 'vitest';
import { checkCounts } from '../../../src/model/narrative/checkCounts.ts';
import { sampleReport, withText } from './narrativeFixture.ts';

// 示例县交通运输局 (narrativeFixture): received 12 (自然人10, 商业企业2); 予以公开5, 部分公开2, 不予公开1, 无法提供2,
// 不予处理1, 其他处理1; 规范性文件 废止2 现行有效45; 行政复议2; 行政诉讼1 (直接起诉).
const R = 'tables.requests';
const inApplications = (body: string, report = sampleReport()) => checkCounts(withText(report, { sections: ['', body, '', '', ''] }));
const inManagement = (body: string, report = sampleReport()) => checkCounts(withText(report, { sections: ['', '', body, '', ''] }));
const inAppeals = (body: string, report = sampleReport()) => checkCounts(withText(report, { appeals: body }));

describe('figures the count check now reads', () => {
  it.each([
    ['全年共收到政府信息公开申请9条。', `${R}.received.total`, 12, 9],
    ['本年度予以公开3条。', `${R}.disclosed.total`, 5, 3],
    ['本年度收到依申请公开政府信息5件。', `${R}.received.total`, 12, 5],
    ['收到申请12件，其中予以公开3件、部分公开1件。', `${R}.disclosed.total`, 5, 3],
    ['其中3件予以公开，2件部分公开。', `${R}.disclosed.total`, 5, 3],
    ['收到自然人政府信息公开申请11条。', `${R}.received.natural`, 10, 11],
    ['收到申请12件，其中自然人申请9件。', `${R}.received.natural`, 10, 9],
  ])('“%s” is compared with %s', (body, cell, expected, actual) => {
    const findings = inApplications(body).filter((f) => f.actual === actual);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'narrative-count', expected, actual });
    expect(findings[0]?.cells).toEqual(['text.overview.sections.1.body', cell]);
  });

  it('names the applicant column in the message', () => {
    const [finding] = inApplications('本年度收到自然人政府信息公开申请11条。');
    expect(finding?.message).toBe('正文“本年度收到自然人政府信息公开申请11条”写的是 11，而表三「一、本年新收政府信息公开申请数量 / 自然人」为 10，请核对正文或表格');
  });

  it('compares an applicant figure with the total when the table holds only the total (only natural persons applied)', () => {
    const report = sampleReport({ [`${R}.received.natural`]: 0, [`${R}.received.commercial`]: 0 });
    const onlyTotal = { ...report, tables: { ...report.tables } };
    // A clerk who typed only 总计 = 11 (no column figures): 11 natural-person applications agree with it.
    (onlyTotal.tables.requests as Record<string, Record<string, unknown>>).received = { ...(report.tables.requests as Record<string, Record<string, unknown>>).received, total: 11 };
    expect(inApplications('收到自然人政府信息公开申请11条。', onlyTotal)).toEqual([]);
    expect(inApplications('收到自然人政府信息公开申请13条。', onlyTotal).map((f) => f.actual)).toEqual([13]);
  });
});

describe('no false alarm on what is not a contradiction', () => {
  it('a sum of outcomes is compared with the sum', () => {
    expect(inApplications('收到申请12件，予以公开及部分公开7件。')).toEqual([]);
    const [finding] = inApplications('收到申请12件，予以公开及部分公开9件。');
    expect(finding).toMatchObject({ expected: 7, actual: 9, cells: ['text.overview.sections.1.body', `${R}.disclosed.total`, `${R}.partlyDisclosed.total`] });
    expect(finding?.message).toContain('表三「（一）予以公开」与「（二）部分公开」之和为 7');
  });

  it.each([
    '完成历史公文清理转换10件（其中现行有效6件，废止4件）。',
    '全年梳理历史文件23件（其中继续有效19件，宣布失效4件）。',
    '清理规范性文件52件（其中保留40件，废止12件）。',
  ])('“%s” counts something other than table 二', (body) => {
    expect(inManagement(body)).toEqual([]);
  });

  it('still reads 废止 after a 规范性文件 count in the same sentence', () => {
    expect(inManagement('新制定规范性文件3件，废止5件，现行有效45件。').map((f) => [f.expected, f.actual])).toEqual([[2, 5]]);
  });

  it('行政诉讼 X 件 agrees when X is both groups or the direct suits alone', () => {
    const report = sampleReport({ 'tables.appeals.suitDirect.corrected': 5, 'tables.appeals.suitAfterReview.upheld': 2 });
    expect(inAppeals('本年度发生行政诉讼5件。', report)).toEqual([]);
    expect(inAppeals('本年度发生行政诉讼7件。', report)).toEqual([]);
    expect(inAppeals('本年度发生行政诉讼6件。', report).map((f) => [f.expected, f.actual])).toEqual([[7, 6]]);
  });

  it('行政复议和行政诉讼 counted together are compared with both', () => {
    expect(inAppeals('行政复议和行政诉讼共3件。')).toEqual([]);
    expect(inAppeals('行政复议、行政诉讼共4件。').map((f) => [f.expected, f.actual])).toEqual([[3, 4]]);
  });
});
