import type { Finding, Suspect } from '../model/finding.ts';
import { suspectMessage } from '../model/findingMessages.ts';
import { countVerdicts, describeCounts, verdictOf, verdictWord } from '../model/verdict.ts';

/** The distinct suspects of a file's findings, each with how many findings it explains. */
export function suspectsOf(findings: readonly Finding[]): { suspect: Suspect; explains: number }[] {
  const byCell = new Map<string, { suspect: Suspect; explains: number }>();
  for (const finding of findings) {
    if (finding.suspect === undefined) continue;
    const entry = byCell.get(finding.suspect.cell) ?? { suspect: finding.suspect, explains: 0 };
    entry.explains += 1;
    byCell.set(finding.suspect.cell, entry);
  }
  return [...byCell.values()];
}

/**
 * The readable lines for one file: a head with the counts in the app's words (错误 / 未填 / 提醒 / 已核实),
 * the likely mistyped cells first, then every finding with its verdict, rule and cell, and under it the
 * suspect or hint it carries and the reason of an acknowledged warning.
 */
export function describeFindings(file: string, findings: readonly Finding[]): string[] {
  const counts = describeCounts(countVerdicts(findings));
  const head = `${file}: ${counts === '' ? '通过，没有发现问题' : counts}`;
  const suspects = suspectsOf(findings).map(({ suspect, explains }) =>
    `  可能输错 ${suspect.cell}  ${suspectMessage(suspect.cell, suspect.value)}（可解释下列 ${explains} 处错误）`);
  const lines = findings.flatMap((finding) => {
    const line = `  ${verdictWord[verdictOf(finding)]} [${finding.rule}] ${finding.cells[0] ?? ''}  ${finding.message}`;
    const notes: string[] = [];
    if (finding.suspect) notes.push(`    → ${suspectMessage(finding.suspect.cell, finding.suspect.value)}`);
    if (finding.hint) notes.push(`    → ${finding.hint}`);
    if (finding.acknowledged) notes.push(`    → 已核实（${finding.acknowledged.on}）：${finding.acknowledged.reason}`);
    return [line, ...notes];
  });
  return [head, ...suspects, ...lines];
}
