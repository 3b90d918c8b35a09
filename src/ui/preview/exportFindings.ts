import type { Finding } from '../../model/finding.ts';
import type { Report } from '../../model/reportSchema.ts';
import { validateReport } from '../../model/validateReport.ts';

const keyOf = (finding: Finding) => `${finding.rule}|${finding.cells.join(',')}|${finding.message}`;
const cellKeyOf = (finding: Finding) => `${finding.rule}|${finding.cells.join(',')}`;

/**
 * What stands between the report and publishing: the wizard's findings plus the report checked at stage
 * 'final' (a blank cell is an error on export). The final-stage finding replaces the draft one for the same cell.
 */
export function exportFindings(report: Report, findings: readonly Finding[]): { errors: Finding[]; warnings: Finding[] } {
  const final = validateReport(report, { stage: 'final' });
  const finalCells = new Set(final.map(cellKeyOf));
  const merged = new Map<string, Finding>();
  for (const finding of findings) if (!finalCells.has(cellKeyOf(finding))) merged.set(keyOf(finding), finding);
  for (const finding of final) merged.set(keyOf(finding), finding);
  const all = [...merged.values()];
  return { errors: all.filter((f) => f.severity === 'error'), warnings: all.filter((f) => f.severity === 'warning') };
}
