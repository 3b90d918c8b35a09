import { describe, expect, it } from 'vitest';
import { checkOverviewTopics } from '../../src/model/checkOverviewTopics.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { validateReport } from '../../src/model/validateReport.ts';
import { fullReport } from '../fixtures/fullReport.ts';

const withOverview = (intro: string, sections: { heading: string; body: string }[] = []): Report => ({
  ...fullReport,
  text: { ...fullReport.text, overview: { intro, sections } },
});
const missing = (report: Report) => checkOverviewTopics(report).map((finding) => /“([^”]+)”方面/.exec(finding.message)?.[1]);

// A fictional 青禾县农业农村局, written in four run-in paragraphs and no word on oversight.
const runInFour = [
  '一是主动公开情况。全年在县政府网站发布农业补贴、动物防疫等信息136条，及时更新机构职能和办事指南。',
  '二是依申请公开情况。全年收到依申请公开3件，均按法定时限办理并书面答复。',
  '三是政府信息管理情况。落实公开属性源头认定，发文前逐件审查，对过期信息动态调整。',
  '四是平台建设情况。整合局微信公众号与县政府网站专栏，确保两处信息同步发布。',
].join('\n');

describe('overview-topic-missing', () => {
  it('names 监督保障 when a run-in 一是…四是 overview never touches it, once, at the intro', () => {
    const findings = checkOverviewTopics(withOverview(runInFour));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', rule: 'overview-topic-missing', cells: ['text.overview.intro'] });
    expect(missing(withOverview(runInFour))).toEqual(['监督保障']);
  });

  it('says nothing once a fifth paragraph covers oversight', () => {
    const five = `${runInFour}\n五是监督保障情况。局党组每季度听取公开工作汇报，将公开工作纳入股室年度考核。`;
    expect(checkOverviewTopics(withOverview(five))).toEqual([]);
  });

  it('reads （一）…（五） run-in headings inside the text as well', () => {
    const text = runInFour.replace(/^一是/m, '（一）').replace(/^二是/m, '（二）').replace(/^三是/m, '（三）').replace(/^四是/m, '（四）');
    expect(missing(withOverview(text))).toEqual(['监督保障']);
  });

  it('checks sub-sections by heading and text, and shows the finding after the last one', () => {
    const sections = [
      { heading: '主动公开', body: '全年主动公开文件42件，涉及农机购置补贴、耕地保护等事项，做到应公开尽公开。' },
      { heading: '依申请公开', body: '收到申请5件，已全部在法定期限内答复，无逾期情况。' },
      { heading: '监督保障', body: '把公开工作纳入年度目标考核，组织全局培训两次，未发生责任追究情形。' },
    ];
    const findings = checkOverviewTopics(withOverview('', sections));
    expect(missing(withOverview('', sections))).toEqual(['政府信息管理', '政府信息公开平台建设']);
    expect(findings.every((finding) => finding.cells[0] === 'text.overview.sections.2.body')).toBe(true);
  });

  it('counts a topic written under another heading (组织领导 covering 培训 and 考核)', () => {
    const sections = [
      { heading: '加强组织领导', body: '成立公开工作领导小组，局长任组长，组织业务培训，主动公开工作纳入考核。' },
      { heading: '规范依申请公开', body: '完善登记、审核、答复流程，依申请公开办理全程留痕。' },
      { heading: '拓展公开渠道', body: '依托县政府门户网站和政务新媒体发布信息，严格保密审查，确保发布准确。' },
    ];
    expect(checkOverviewTopics(withOverview('', sections))).toEqual([]);
  });

  it('leaves an empty or placeholder 一 to narrative-empty-part', () => {
    expect(checkOverviewTopics(withOverview(''))).toEqual([]);
    expect(checkOverviewTopics(withOverview('略。'))).toEqual([]);
  });

  it('is wired into validateReport; the complete fixture gets none', () => {
    expect(validateReport(withOverview(runInFour)).filter((f) => f.rule === 'overview-topic-missing')).toHaveLength(1);
    expect(validateReport(fullReport).filter((f) => f.rule === 'overview-topic-missing')).toEqual([]);
  });
});
