import { assessReport } from '../assessment/assessReport.ts';
import type { AssessmentResult, CopyComparison } from '../assessment/assessmentResult.ts';
import { batchSimilarity } from '../assessment/batchSimilarity.ts';
import type { AssessmentPack } from '../assessment/packSchema.ts';
import { similarSource } from '../assessment/similarSource.ts';
import type { Finding } from '../finding.ts';
import { reviewKey, type ReadReport } from './matchLastYear.ts';

export type SimilarTo = { readonly file: string; readonly share: number };
export type ReviewAssessment = { readonly assessment: AssessmentResult; readonly similarTo: readonly SimilarTo[] };

/** The threshold the batch is searched with: the lowest `over` of the pack's other-units rules, else one half. */
export function similarityThreshold(pack: AssessmentPack): number {
  const overs = pack.rules.flatMap((rule) => (rule.kind === 'similar' && rule.against.includes('other-units') ? [rule.over] : []));
  return overs.length === 0 ? 0.5 : Math.min(...overs);
}

/**
 * The pack on every report of a batch: last year's repeat, similarity to the other units of the batch,
 * the other copies of the same agency-year, and the findings as `validate --final` gives them.
 */
export function reviewAssessments(
  readable: readonly ReadReport[],
  lastIndex: readonly (number | null)[],
  pack: AssessmentPack,
  finalFindings: (index: number) => readonly Finding[],
  copiesOf: readonly (readonly CopyComparison[])[],
): ReviewAssessment[] {
  const units = readable.map(reviewKey);
  const similar = batchSimilarity(readable.map((entry, i) => ({ ...entry, unit: units[i] ?? '' })), similarityThreshold(pack));
  const manyUnits = new Set(units).size > 1;
  return readable.map((entry, i) => {
    const last = lastIndex[i];
    const lastEntry = last === null || last === undefined ? undefined : readable[last];
    const copies = copiesOf[i] ?? [];
    const others = similar[i] ?? [];
    const assessment = assessReport(entry.report, pack, {
      findings: () => finalFindings(i),
      ...(lastEntry ? { lastYear: similarSource(entry.report, lastEntry) } : {}),
      ...(manyUnits ? { otherUnits: others } : { otherUnitsWhy: '这批报告中没有其他单位的报告' }),
      ...(copies.length > 0 ? { copies } : {}),
    });
    return { assessment, similarTo: others.map((o) => ({ file: o.file, share: Math.round(o.share * 1000) / 1000 })) };
  });
}
