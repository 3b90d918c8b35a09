import type { Finding } from '../../model/finding.ts';

export type FindingCounts = { readonly errors: number; readonly warnings: number };

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  for (const finding of findings) if (finding.severity === 'error') errors += 1;
  return { errors, warnings: findings.length - errors };
}
