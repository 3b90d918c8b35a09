import type { Finding, TextPath } from '../finding.ts';
import type { Report } from '../reportSchema.ts';
import { ruleSeverity } from '../../template/reportRules.ts';

const topics = [
  { name: '工作考核', pattern: /考核|考评|绩效/ },
  { name: '社会评议', pattern: /评议|社会评价|群众评价|满意度测评|第三方评估/ },
  { name: '责任追究', pattern: /责任追究|追责|问责|追究责任/ },
] as const;

/** A 人民政府 report must cover 工作考核、社会评议和责任追究结果 (usually in 一's 监督保障). */
export function checkGovernmentReview(report: Report): Finding[] {
  if (report.meta.agencyKind !== 'government') return [];
  const { intro, sections } = report.text.overview;
  const text = [intro, ...sections.flatMap((s) => [s.heading, s.body])].join('\n');
  if (text.trim() === '') return [];
  const missing = topics.filter((topic) => !topic.pattern.test(text)).map((topic) => topic.name);
  if (missing.length === 0) return [];
  const supervision = sections.findIndex((s) => /监督|保障/.test(s.heading));
  const path: TextPath = supervision >= 0 ? `text.overview.sections.${supervision}.body` : 'text.overview.intro';
  return [{
    severity: ruleSeverity('narrative-government-review'),
    rule: 'narrative-government-review',
    cells: [path],
    message: `人民政府的年度报告应在“一、总体情况”（通常在“监督保障”中）写明工作考核、社会评议和责任追究结果情况，目前没有写到：${missing.join('、')}`,
  }];
}
