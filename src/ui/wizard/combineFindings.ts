import type { Finding } from '../../model/finding.ts';

const keyOf = (finding: Finding): string => `${finding.rule}|${finding.cells.join(',')}|${finding.message}`;

/** The cell findings (live store) and the report-level ones, without duplicates, errors first. */
export function combineFindings(cellFindings: readonly Finding[], textFindings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique = [...cellFindings, ...textFindings].filter((finding) => {
    const key = keyOf(finding);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...unique.filter((f) => f.severity === 'error'), ...unique.filter((f) => f.severity !== 'error')];
}

export type FindingCounts = { readonly errors: number; readonly warnings: number };

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  for (const finding of findings) if (finding.severity === 'error') errors += 1;
  return { errors, warnings: findings.length - errors };
}
