import { describe, expect, it } from 'vitest';
import { setCell } from '../../../src/model/cellAccess.ts';
import { checkCounts } from '../../../src/model/narrative/checkCounts.ts';
import { sampleReport, withText } from './narrativeFixture.ts';

const report = sampleReport();
// 一's sub-sections of a new report: 主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障.
const inOverview = (body: string, section = 0) => withText(report, { sections: [0, 1, 2, 3, 4].map((i) => (i === section ? body : '')) });
const counts = (body: string, section = 0) => checkCounts(inOverview(body, section));

describe('checkCounts: numbers that name a table quantity and differ from it', () => {
  it.each([
    ['本年度共收到政府信息公开申请15件，已全部依法处理。', 'tables.requests.received.total', 12, 15],
    ['本年度共收到政府信息公开申请十五件。', 'tables.requests.received.total', 12, 15],
    ['全年受理依申请公开事项13件。', 'tables.requests.received.total', 12, 13],
    ['我局新收申请11件，较往年有所增加。', 'tables.requests.received.total', 12, 11],
    ['本局接收政府信息公开申请共计二十件。', 'tables.requests.received.total', 12, 20],
    ['收到政府信息公开申请12件，上年结转申请2件。', 'tables.requests.carriedOver.total', 1, 2],
    ['依申请公开方面，上年结转1件，本年新收14件。', 'tables.requests.received.total', 12, 14],
    ['本年度共收到政府信息公开申请12件。从办理结果看，予以公开4件。', 'tables.requests.disclosed.total', 5, 4],
    ['全年受理政府信息公开申请的情况：共受理10件。', 'tables.requests.received.total', 12, 10],
    ['收到申请12件，共办结11件。', 'tables.requests.resultsTotal.total', 12, 11],
    ['收到申请12件，结转下年度继续办理3件。', 'tables.requests.carriedForward.total', 1, 3],
    ['收到申请12件，其中予以公开4件。', 'tables.requests.disclosed.total', 5, 4],
    ['收到申请12件，部分公开的3件。', 'tables.requests.partlyDisclosed.total', 2, 3],
    ['收到申请12件，无法提供三件。', 'tables.requests.unavailable.notHeld.total', 2, 3],
    ['收到申请12件，不予处理2件。', 'tables.requests.notProcessed.petitionOrComplaint.total', 1, 2],
    ['收到申请12件，其他处理0件。', 'tables.requests.otherHandling.noCorrection.total', 1, 0],
    ['本年制定规范性文件5件。', 'tables.active.normativeDocuments.issued', 3, 5],
    ['本年度印发行政规范性文件两件。', 'tables.active.normativeDocuments.issued', 3, 2],
    ['清理后，废止或宣布失效行政规范性文件13件。', 'tables.active.normativeDocuments.repealed', 2, 13],
    ['截至年底，现行有效规范性文件40件。', 'tables.active.normativeDocuments.inForce', 45, 40],
    ['出台规范性文件3件，废止1件，现行有效45件。', 'tables.active.normativeDocuments.repealed', 2, 1],
    ['新制定规范性文件3件，废止2件，适时修改4件，现行有效44件。', 'tables.active.normativeDocuments.inForce', 45, 44],
    ['本机关规章现行有效2件。', 'tables.active.regulations.inForce', 0, 2],
    ['制定规章1件。', 'tables.active.regulations.issued', 0, 1],
    ['本年度发生政府信息公开行政复议案件3起。', 'tables.appeals.review.total', 2, 3],
    ['本年度被提起行政诉讼2件。', 'tables.appeals.suitDirect.total', 1, 2],
    ['作出行政处罚决定16件。', 'tables.active.punishment.decisions', 15, 16],
    ['全年作出行政许可决定一百件。', 'tables.active.licensing.decisions', 120, 100],
    ['行政强制决定0件。', 'tables.active.coercion.decisions', 2, 0],
    ['行政事业性收费2万元。', 'tables.active.fees.amount', 1.5, 2],
  ])('warns on “%s”', (body, cell, expected, actual) => {
    const findings = counts(body);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'narrative-count', severity: 'warning', expected, actual });
    expect(findings[0]?.cells[0]).toBe('text.overview.sections.0.body');
    expect(findings[0]?.cells).toContain(cell);
  });

  it('quotes the sentence fragment and names the table cell in Chinese', () => {
    const [finding] = counts('2025年，新制定规范性文件3件，废止或宣布失效规范性文件13件，现行有效45件。', 2);
    expect(finding?.message).toBe('正文“废止或宣布失效规范性文件13件”写的是 13，而表二「行政规范性文件 / 本年废止件数」为 4，请核对正文或表格'.replace('为 4', '为 2'));
    expect(finding?.cells).toEqual(['text.overview.sections.2.body', 'tables.active.normativeDocuments.repealed']);
  });

  it('points at each wrong figure of one sentence', () => {
    const findings = counts('收到申请12件，其中部分公开3件、不予公开2件、无法提供2件。', 1);
    expect(findings.map((f) => [f.expected, f.actual])).toEqual([[2, 3], [1, 2]]);
  });

  it('reads every text part: 三’s own paragraph, 五, 六 and the opening', () => {
    for (const part of ['requests', 'problems', 'other', 'preamble', 'appeals', 'active'] as const) {
      const findings = checkCounts(withText(report, { [part]: '本年度收到政府信息公开申请9件。' }));
      expect(findings.map((f) => f.cells[0])).toEqual([`text.${part}`]);
    }
  });
});

describe('checkCounts: numbers that agree, or belong to something else', () => {
  it.each([
    '本年度共收到政府信息公开申请12件，上年结转1件，办结12件，结转下年度继续办理1件。',
    '本年度共收到政府信息公开申请十二件。',
    '全年受理申请13件（含上年结转1件）。',
    '本年度受理政府信息公开申请13件，其中上年结转1件。',
    '收到申请12件，其中予以公开5件、部分公开2件、不予公开1件、无法提供两件、不予处理1件、其他处理1件。',
    '通过政府门户网站主动公开政府信息1200条，其中规范性文件类信息17条。',
    '如有疑问请致电0571-88123456，或于工作日9:00—17:00来访。',
    '本报告成文日期为2026年1月20日，统计期限为2025年1月1日至2025年12月31日。',
    '组织政务公开业务培训3次，参训120人次，编印政务公开简报12期。',
    '新增专题栏目5个，主动公开率达100%，网站访问量同比增长20%。',
    '回复群众来信90件，办理人大代表建议12件、政协提案8件。',
    '通过网络收到申请8件，信函申请4件。',
    '本年度收到自然人申请10件，法人或其他组织申请2件。',
    '我局共对外制发文件41件，公开发布39件，不予公开2件。',
    '本年度共报送各类文件10件，其中主动公开1件、依申请公开8件，不予公开1件。',
    '收到申请12件，较上年增加3件。',
    '2024年收到申请20件，本年有所下降。',
    '收到申请12件，其中因涉及第三方合法权益不予公开3件。',
    '收到申请12件，在法定期限内答复10件，延期答复2件。',
    '对规范性文件开展合法性审查12件，公开规范性文件6件，清理规范性文件52件。',
    '修订完善内部规章制度5件。',
    '以县政府名义制发规范性文件4件，牵头制定规范性文件2件。',
    '本年度收到群众来信20件，受理12件。',
    '收到行政复议决定书3份，行政复议纠正1件，行政处罚案件20件。',
    '政策解读十余件，网民留言20余件。',
    '共处理各类咨询三百条。',
    '开展第一件事集成改革。',
    '从申请人类型看，自然人10件，法人或其他组织2件。',
    '近三年共收到政府信息公开申请30件，自2020年以来共制定规范性文件20件。',
    '2025年3月收到申请1件，上半年受理申请5件。',
    '收到申请12件，其中自然人申请予以公开3件，上年结转的申请中予以公开1件。',
    '历年累计作出行政处罚决定300件。',
  ])('says nothing on “%s”', (body) => {
    expect(counts(body, 0)).toEqual([]);
    expect(counts(body, 1)).toEqual([]);
  });
});

describe('checkCounts: outcome words that are not the table’s terms', () => {
  it.each([
    ['收到申请12件，答复情况为主动公开5件、部分公开2件。', '主动公开', 5],
    ['本年度受理申请12件，其中同意公开5件。', '同意公开', 5],
    ['本年度受理申请12件。其中，公开5件，部分公开2件。', '公开', 5],
    ['收到申请12件，全部公开6件。', '全部公开', 6],
  ])('warns on “%s”', (body, word, actual) => {
    const findings = counts(body, 0).filter((f) => f.rule === 'narrative-outcome-term');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ expected: 5, actual, cells: ['text.overview.sections.0.body', 'tables.requests.disclosed.total'] });
    expect(findings[0]?.message).toContain(`不宜写作“${word}”`);
    expect(findings[0]?.message).toContain('予以公开');
  });

  it('says so in the message when the number differs too', () => {
    expect(counts('收到申请12件，全部公开6件。')[0]?.message).toContain('表三「（一）予以公开」为 5 件，正文写的是 6 件');
  });

  it.each([
    '全年主动公开政府信息1200条，主动公开规范性文件3件。',
    '我局主动公开文件41件，公开发布39件。',
    '收到申请12件，对申请人所需信息已主动公开的，告知获取途径5件。',
    '收到依申请公开申请12件。',
  ])('says nothing on “%s”', (body) => {
    expect(counts(body).filter((f) => f.rule === 'narrative-outcome-term')).toEqual([]);
  });

  it('reads 依申请公开 sub-sections and 三’s paragraph as about applications throughout', () => {
    const body = '进一步规范办理流程。其中予以公开4件。';
    expect(counts(body, 1).map((f) => f.rule)).toEqual(['narrative-count']);
    expect(counts(body, 0)).toEqual([]);
    expect(checkCounts(withText(report, { requests: body })).map((f) => f.rule)).toEqual(['narrative-count']);
  });
});

describe('checkCounts with blank cells', () => {
  it('compares nothing while the table cell is blank', () => {
    const withBlank = setCell(sampleReport(), 'tables.requests.received.total', null);
    expect(checkCounts(withText(withBlank, { requests: '收到申请99件。' }))).toEqual([]);
    expect(checkCounts(withText(setCell(withBlank, 'tables.requests.received.total', '十二'), { requests: '收到申请99件。' }))).toEqual([]);
  });
});
