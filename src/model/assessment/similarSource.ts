import type { Report } from '../reportSchema.ts';
import type { SimilarSource } from './assessmentResult.ts';
import { repeatMeasure, runSet } from './repeatPassages.ts';
import { comparableNarrative } from './similarityText.ts';

/** How much of `report`'s narrative is found in `other`'s (spec §2), with the shared passages. */
export function similarSource(report: Report, other: { readonly file: string; readonly report: Report }): SimilarSource {
  const measure = repeatMeasure(comparableNarrative(report), runSet(comparableNarrative(other.report).chars));
  return { file: other.file, agency: other.report.meta.agency, share: measure.share, passages: measure.passages };
}
