import { describe, expect, it } from 'vitest';
import { checkAllAnswered } from '../../../src/model/narrative/checkAllAnswered.ts';
import { checkEmptyParts } from '../../../src/model/narrative/checkEmptyParts.ts';
import { checkFeeStatement } from '../../../src/model/narrative/checkFeeStatement.ts';
import { checkGovernmentReview } from '../../../src/model/narrative/checkGovernmentReview.ts';
import { checkNoneButTable } from '../../../src/model/narrative/checkNoneButTable.ts';
import { checkTextYear } from '../../../src/model/narrative/checkTextYear.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { zeroReport } from '../../fixtures/buildReport.ts';
import { sampleReport, withText } from './narrativeFixture.ts';

const report = sampleReport();
const inRequests = (body: string, base: Report = report) => withText(base, { sections: ['', body, '', '', ''] });
const longEnough = '本年度围绕政务公开重点任务，健全工作机制，规范发布流程，加强政策解读与回应关切，政府信息公开工作质量稳步提升，各项工作有序推进。';

describe('checkAllAnswered: 均已答复 while applications are carried forward', () => {
  it.each([
    '本年度收到申请12件，均已按时答复。',
    '本年度收到申请12件，均在期限内依法规范答复。',
    '受理的政府信息公开申请已全部办结。',
    '所有申请全部按期办结。',
    '对收到的申请，我局均依法予以答复。',
  ])('warns on “%s”', (body) => {
    const findings = checkAllAnswered(inRequests(body));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'narrative-all-answered', expected: 0, actual: 1, cells: ['text.overview.sections.1.body', 'tables.requests.carriedForward.total'] });
  });

  it.each([
    '上年结转的申请均已办结。',
    '除结转下年度的1件外，其余申请均在法定期限内答复。',
    '群众留言均已按时答复。',
    '主动公开信息均已按时发布。',
    '答复率达到100%，均未引发复议。',
  ])('says nothing on “%s” (in 主动公开)', (body) => {
    expect(checkAllAnswered(withText(report, { sections: [body, '', '', '', ''] }))).toEqual([]);
  });

  it('says nothing when nothing is carried forward', () => {
    const none = sampleReport({ 'tables.requests.carriedForward.natural': 0, 'tables.requests.carriedOver.natural': 0 });
    expect(checkAllAnswered(inRequests('本年度收到申请12件，均已按时答复。', none))).toEqual([]);
  });
});

describe('checkNoneButTable: 未收到申请 / 未发生复议诉讼 while the table has some', () => {
  it('warns for 复议 and 诉讼 separately', () => {
    const findings = checkNoneButTable(withText(report, { appeals: '本年度未发生行政复议、行政诉讼。' }));
    expect(findings.map((f) => [f.cells[1], f.expected])).toEqual([['tables.appeals.review.total', 2], ['tables.appeals.suitDirect.total', 1]]);
    expect(findings[0]?.message).toContain('未发生行政复议、行政诉讼');
  });

  it.each([
    ['未出现复议、诉讼情况。', 2],
    ['全年无政府信息公开行政复议和行政诉讼案件。', 2],
    ['未发生因政府信息公开引起的行政复议。', 1],
    ['没有收到政府信息公开申请。', 1],
    ['本年度未收到依申请公开事项。', 1],
  ])('warns on “%s”', (body, howMany) => {
    expect(checkNoneButTable(inRequests(body))).toHaveLength(howMany);
  });

  it.each([
    '本年度未发生行政复议、行政诉讼。',
    '本年度未收到政府信息公开申请。',
  ])('says nothing on “%s” when the table is all 0', (body) => {
    expect(checkNoneButTable(inRequests(body, zeroReport()))).toEqual([]);
  });

  it.each([
    '未收到以纸质形式提交的申请。',
    '未收到申请人的投诉。',
    '行政诉讼均未经复议直接起诉。',
    '未被复议纠正。',
  ])('says nothing on “%s”', (body) => {
    expect(checkNoneButTable(inRequests(body))).toEqual([]);
  });
});

describe('checkFeeStatement: 六 and the 信息处理费', () => {
  const other = (text: string, base: Report = report) => checkFeeStatement(withText(base, { other: text }));

  it('warns when 六 says nothing about the fee', () => {
    expect(other('本年度认真办理人大代表建议和政协提案，并按时公开办理结果。')).toMatchObject([{ rule: 'narrative-fee-missing', cells: ['text.other'] }]);
  });

  it.each([
    '本年度未收取信息处理费。',
    '依据《政府信息公开信息处理费管理办法》，本年度未收取任何费用。',
    '二是收取信息处理费0元。',
    '本年度共发出收费通知2件，收取信息处理费0元。',
  ])('accepts “%s” (one application went unpaid)', (text) => {
    expect(other(text)).toEqual([]);
  });

  it.each([
    '本年度未发出信息处理费收费通知，未收取费用。',
    '本年度不涉及信息处理费。',
    '本年度未产生信息处理费。',
    '本年度发出收费通知0件。',
  ])('warns on “%s” while 三（六）2 counts an unpaid fee', (text) => {
    const findings = other(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'narrative-fee-contradiction', cells: ['text.other', 'tables.requests.otherHandling.feeUnpaid.total'], expected: 1 });
  });

  it('accepts those statements when no fee went unpaid', () => {
    expect(other('本年度不涉及信息处理费。', zeroReport())).toEqual([]);
  });

  it('leaves an empty 六 to the empty-part check', () => {
    expect(other('')).toEqual([]);
  });
});

describe('checkGovernmentReview: 人民政府 reports cover 考核、评议、责任追究', () => {
  const government = (supervision: string) => {
    const base = withText(report, { sections: [longEnough, '', '', '', supervision] });
    return { ...base, meta: { ...base.meta, agencyKind: 'government' as const } };
  };

  it('warns and names what is missing', () => {
    const findings = checkGovernmentReview(government('加强组织领导，健全工作制度。'));
    expect(findings).toMatchObject([{ rule: 'narrative-government-review', cells: ['text.overview.sections.4.body'] }]);
    expect(findings[0]?.message).toContain('工作考核、社会评议、责任追究');
  });

  it('names only the missing topic', () => {
    expect(checkGovernmentReview(government('将政务公开纳入年度绩效考核，开展社会评议。'))[0]?.message).toMatch(/没有写到：责任追究$/);
  });

  it('is satisfied by a statement of all three', () => {
    expect(checkGovernmentReview(government('将政务公开纳入绩效考核，组织社会评议，本年度未发生责任追究情况。'))).toEqual([]);
  });

  it('does not apply to departments', () => {
    expect(checkGovernmentReview(withText(report, { sections: [longEnough, '', '', '', '健全制度。'] }))).toEqual([]);
  });
});

describe('checkEmptyParts', () => {
  const complete = withText(report, { sections: [longEnough, longEnough, longEnough, longEnough, longEnough], problems: longEnough, other: '本年度未收取信息处理费。' });

  it('says nothing on a complete text, nor on a tables-only report', () => {
    expect(checkEmptyParts(complete)).toEqual([]);
    expect(checkEmptyParts(report)).toEqual([]);
  });

  it.each([
    ['problems', '无'],
    ['problems', '略。'],
    ['problems', '继续加强公开工作。'],
    ['problems', ''],
    ['other', '无'],
    ['other', ''],
  ] as const)('warns when %s is “%s”', (part, text) => {
    const findings = checkEmptyParts(withText(complete, { [part]: text }));
    expect(findings).toMatchObject([{ rule: 'narrative-empty-part', cells: [`text.${part}`] }]);
  });

  it('warns on an empty or placeholder sub-section of 一', () => {
    const findings = checkEmptyParts(withText(complete, { sections: [longEnough, '无', longEnough, '', longEnough] }));
    expect(findings.map((f) => f.cells[0])).toEqual(['text.overview.sections.1.body', 'text.overview.sections.3.body']);
    expect(findings[0]?.message).toContain('依申请公开');
  });

  it('warns once when 一 is only a few words', () => {
    const findings = checkEmptyParts(withText(complete, { sections: ['工作有序开展。', '', '', '', ''] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('内容过短');
  });
});

describe('checkTextYear', () => {
  const year = (body: string) => checkTextYear(withText(report, { preamble: body }));

  it('warns on a 统计期限 of another year', () => {
    expect(year('本报告统计期限为2024年1月1日至2024年12月31日。')).toMatchObject([{ rule: 'narrative-year', expected: 2025, actual: 2024, cells: ['text.preamble'] }]);
  });

  it.each([
    '2024年，本局共收到政府信息公开申请8件。',
    '本局持续推进政务公开。2024年全年共发布信息300条。',
  ])('warns on last year’s text kept: “%s”', (body) => {
    expect(year(body)).toMatchObject([{ rule: 'narrative-year', actual: 2024 }]);
  });

  it.each([
    '统计期限为2025年1月1日至2025年12月31日。',
    '2024年以来，本局持续推进政务公开。',
    '自2020年以来，本局已连续五年发布年度报告。',
    '针对2024年度报告中提出的问题，已逐项整改。',
    '严格执行于2024年印发的《政务公开工作规则》。',
    '2024年12月，本局调整了领导小组成员。',
    '2024年，本局建成政务公开专区；2025年，进一步完善其功能。',
    '2026年，我局将继续深化政务公开。',
    '上年度报告所列问题均已整改。',
    '2024年，本局在政策解读方面存在不足，已于年内整改到位。',
  ])('says nothing on “%s”', (body) => {
    expect(year(body)).toEqual([]);
  });
});
