import { ruleSeverity } from '../template/reportRules.ts';
import type { Finding, TextPath } from './finding.ts';
import { overviewText } from './overviewText.ts';
import { overviewTopics } from './overviewTopics.ts';
import type { Report } from './reportSchema.ts';

/** Below this many characters 一 is a placeholder, reported by narrative-empty-part instead. */
const minimumCharacters = 60;

/**
 * overview-topic-missing: 一 — its sub-section headings and text, or its text written with run-in
 * 一是…四是 or （一）…（五） headings — lacks one of 主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障.
 * One warning per missing topic, naming it.
 */
export function checkOverviewTopics(report: Report): Finding[] {
  const { overview } = report.text;
  const text = overviewText(overview);
  if ([...text.replace(/[\s\p{P}]/gu, '')].length < minimumCharacters) return [];
  const written = overview.sections.filter((s) => s.heading.trim() !== '' || s.body.trim() !== '');
  // Shown where the clerk would add it: after the last written sub-section, or in the intro.
  const at: TextPath = written.length > 0 ? `text.overview.sections.${overview.sections.indexOf(written[written.length - 1]!)}.body` : 'text.overview.intro';
  return overviewTopics
    .filter((topic) => !topic.pattern.test(text))
    .map((topic) => ({
      severity: ruleSeverity('overview-topic-missing'),
      rule: 'overview-topic-missing' as const,
      cells: [at],
      message: `“一、总体情况”没有写到“${topic.label}”方面的情况；年度报告格式要求总体情况涵盖主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面，请补写`,
    }));
}
