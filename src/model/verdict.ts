import { rules } from '../template/reportRules.ts';
import type { Finding } from './finding.ts';

/**
 * One vocabulary for every finding, the same in the header, step badges, findings panel, preview, the
 * command line and messages:
 * - 错误 (error): a wrong or unreadable figure; must be fixed before export (导出前必须解决).
 * - 未填 (blank): a cell or required field not filled in; normal while drafting, but must be filled
 *   before export (导出前必须解决; write 0 when nothing happened). On export and with `--final` the
 *   finding's severity is 'error', but it is still called 未填.
 * - 提醒 (advice): worth checking, does not block export.
 * - 已核实 (acknowledged): a 提醒 the clerk checked and kept, with a reason (meta.acknowledged).
 */
export type Verdict = 'error' | 'blank' | 'advice' | 'acknowledged';

export const verdictWord: Readonly<Record<Verdict, string>> = {
  error: '错误',
  blank: '未填',
  advice: '提醒',
  acknowledged: '已核实',
};

/** The unit each verdict is counted in: blank cells are 格, the rest 处. */
export const verdictUnit: Readonly<Record<Verdict, string>> = { error: '处', blank: '格', advice: '处', acknowledged: '处' };

export function verdictOf(finding: Finding): Verdict {
  if (rules[finding.rule].group === 'blank') return 'blank';
  if (finding.acknowledged !== undefined) return 'acknowledged';
  return finding.severity === 'error' ? 'error' : 'advice';
}

/** Must be resolved before export: 错误 and 未填. */
export const blocksExport = (verdict: Verdict): boolean => verdict === 'error' || verdict === 'blank';

export type VerdictCounts = Readonly<Record<Verdict, number>>;

export function countVerdicts(findings: readonly Finding[]): VerdictCounts {
  const counts = { error: 0, blank: 0, advice: 0, acknowledged: 0 };
  for (const finding of findings) counts[verdictOf(finding)] += 1;
  return counts;
}

/** "错误 2 处，未填 3 格，提醒 1 处，已核实 1 处" — only the verdicts that occur; "" when none. */
export function describeCounts(counts: VerdictCounts): string {
  return (Object.keys(verdictWord) as Verdict[])
    .filter((verdict) => counts[verdict] > 0)
    .map((verdict) => `${verdictWord[verdict]} ${counts[verdict]} ${verdictUnit[verdict]}`)
    .join('，');
}
