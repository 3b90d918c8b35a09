import type { Report } from '../../src/model/reportSchema.ts';
import { fullReport } from '../fixtures/fullReport.ts';

// A fictional county bureau with long narratives in its own words, as web copy often arrives: ASCII commas,
// colons and brackets, a long web address, and （一）（二） lines in 五 and 六. Every sentence invented here.

const lines = (...paragraphs: string[]) => paragraphs.join('\n');

const longPart = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    `围绕${topic}第${i + 1}项任务,本局明确了责任科室和完成时限,按月调度进展:对群众关心的事项先行公开,对涉及多个部门的事项由办公室牵头会商,确保口径一致、发布及时(详见本局门户网站专栏)。`);

export const layoutReport: Report = {
  ...fullReport,
  meta: { ...fullReport.meta, agency: '青禾县自然资源和规划局', issuedOn: '2026-01-22' },
  text: {
    preamble: '',
    overview: {
      intro: lines(...longPart('年度公开要点', 2)),
      sections: [
        { heading: '主动公开', body: lines(...longPart('主动公开', 3)) },
        { heading: '依申请公开', body: lines(...longPart('依申请公开', 2)) },
        { heading: '政府信息管理', body: lines(...longPart('信息管理', 2)) },
        { heading: '政府信息公开平台建设', body: lines('本局门户网站为政府信息公开第一平台,公开目录地址为https://www.qinghe-county-example.gov.cn/zrzyj/zfxxgk/fdzdgknr/index_2025.html,全年运行平稳。', ...longPart('平台建设', 1)) },
        { heading: '监督保障', body: lines(...longPart('监督保障', 2)) },
      ],
    },
    active: '本年主动公开政府信息情况见下表。',
    requests: '本年收到和处理政府信息公开申请情况见下表:',
    appeals: '本年因政府信息公开引起的行政复议、行政诉讼情况见下表。',
    problems: lines('（一）存在的主要问题', ...longPart('查找问题', 2), '(二)改进情况', ...longPart('整改落实', 2)),
    other: lines('(一)信息处理费收取情况', '本年度未收取信息处理费。', '（二）其他事项', ...longPart('其他工作', 1)),
  },
};

/** The report with `k` one-line paragraphs before 一: every heading and table lands at every height of a page. */
export function shifted(k: number): Report {
  const preamble = Array.from({ length: k }, (_, i) => `本报告第${i + 1}条编制说明。`).join('\n');
  return { ...layoutReport, text: { ...layoutReport.text, preamble } };
}

/** 22 lines of 28 pt fill the 225 mm text block: one variant per line position. */
export const linesPerPage = 22;
