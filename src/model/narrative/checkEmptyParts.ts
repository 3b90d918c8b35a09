import type { Stage } from '../checkCells.ts';
import type { Finding, TextPath } from '../finding.ts';
import { overviewText } from '../overviewText.ts';
import type { Report } from '../reportSchema.ts';
import { narrativeFields } from './narrativeFields.ts';
import { ruleSeverity } from '../../template/reportRules.ts';
import { isPlaceholder } from './placeholder.ts';

/** Fewer characters than this in 一 or 五 is a placeholder rather than a report (spaces and punctuation not counted). */
export const minimumLength = { overview: 60, problems: 40 } as const;

const characters = (text: string): number => [...text.replace(/[\s\p{P}]/gu, '')].length;

function emptyFinding(path: TextPath, message: string, severity: Finding['severity'] = ruleSeverity('narrative-empty-part')): Finding {
  return { severity, rule: 'narrative-empty-part', cells: [path], message };
}

/**
 * 一 and 五 empty, a placeholder or a few words; an empty sub-section of 一; 六 empty or a placeholder.
 * While drafting, a report with no text at all is a tables-only file (valid by the file format): nothing to say
 * until writing starts. On export (stage 'final') every empty required part is an error, tables-only or not.
 */
export function checkEmptyParts(report: Report, stage: Stage = 'draft'): Finding[] {
  if (stage === 'draft' && narrativeFields(report).every((field) => field.value.trim() === '')) return [];
  const emptySeverity = ruleSeverity('narrative-empty-part', stage);
  const findings: Finding[] = [];
  const { overview, problems, other } = report.text;
  const overviewAll = overviewText(overview);
  const bodies = overview.sections.map((s) => s.body);
  const firstPath = overview.intro.trim() !== '' || overview.sections.length === 0 ? 'text.overview.intro' : 'text.overview.sections.0.body';
  if (overviewAll.trim() === '' || bodies.every((b) => b.trim() === '') && overview.intro.trim() === '') {
    findings.push(emptyFinding(firstPath, '“一、总体情况”还没有内容，应概述主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面的工作', emptySeverity));
  } else {
    const written = [overview.intro, ...bodies].join('');
    if (isPlaceholder(written) || characters(written) < minimumLength.overview) {
      findings.push(emptyFinding(firstPath, `“一、总体情况”只有“${written.trim().slice(0, 20)}”，内容过短，应概述本年各方面工作`));
    } else {
      overview.sections.forEach((section, i) => {
        if (section.heading.trim() === '' && section.body.trim() === '') return;
        if (section.body.trim() === '' || isPlaceholder(section.body)) {
          const said = section.body.trim() === '' ? '还没有内容' : `只写了“${section.body.trim()}”`;
          findings.push(emptyFinding(`text.overview.sections.${i}.body`, `“一、总体情况”的“${section.heading.trim() || `第${i + 1}小节`}”${said}，请补写或删去该小节`));
        }
      });
    }
  }
  if (problems.trim() === '') {
    findings.push(emptyFinding('text.problems', '“五、存在的主要问题及改进情况”还没有内容，应写明存在的问题和改进措施', emptySeverity));
  } else if (isPlaceholder(problems) || characters(problems) < minimumLength.problems) {
    findings.push(emptyFinding('text.problems', `“五、存在的主要问题及改进情况”只有“${problems.trim().slice(0, 20)}”，内容过短，应写明存在的问题、改进措施和上年问题的整改情况`));
  }
  if (other.trim() === '' || isPlaceholder(other)) {
    const said = other.trim() === '' ? '还没有内容' : `只写了“${other.trim()}”`;
    findings.push(emptyFinding('text.other', `“六、其他需要报告的事项”${said}；至少应写明信息处理费的收取情况`, other.trim() === '' ? emptySeverity : ruleSeverity('narrative-empty-part')));
  }
  return findings;
}
