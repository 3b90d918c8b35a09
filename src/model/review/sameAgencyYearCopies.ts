import type { CopyComparison } from '../assessment/assessmentResult.ts';
import { compareCopies } from '../assessment/compareCopies.ts';
import { reviewKey, type ReadReport } from './matchLastYear.ts';

/**
 * For each report, the other copies of the same agency-year among the inputs (the signed-off .docx and the
 * page saved from the website) and whether, and where, their content differs.
 */
export function sameAgencyYearCopies(readable: readonly ReadReport[]): CopyComparison[][] {
  const slots = readable.map((entry) => `${reviewKey(entry)}|${entry.report.meta.year}`);
  const bySlot = new Map<string, number[]>();
  slots.forEach((slot, i) => bySlot.set(slot, [...(bySlot.get(slot) ?? []), i]));
  return readable.map((entry, i) => (bySlot.get(slots[i] ?? '') ?? []).filter((j) => j !== i).flatMap((j) => {
    const other = readable[j];
    if (!other) return [];
    const where = compareCopies(entry.report, other.report);
    return [{ file: other.file, differs: where.length > 0, where }];
  }));
}
