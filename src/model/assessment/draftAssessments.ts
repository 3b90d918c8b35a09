import type { Report } from '../reportSchema.ts';
import type { AssessmentContext, AssessmentResult } from './assessmentResult.ts';
import { assessReport } from './assessReport.ts';
import type { AssessmentPack } from './packSchema.ts';
import { publicationLateness, type Lateness } from '../publicationLateness.ts';
import { packDeadlines } from './packDeadlines.ts';
import { readPack, type PackReadResult } from './readPack.ts';
import { shippedPack } from './shippedPacks.ts';
import { similarSource } from './similarSource.ts';

/** Where the draft keeps the pack the clerk loaded (a free meta field of the report file, saved with the draft). */
export const draftPackField = 'assessmentPack';

/** The pack kept in the draft, if any: read through the same schema as a file (a damaged one is reported, not used). */
export function draftPack(report: Report): PackReadResult | null {
  const kept = (report.meta as Record<string, unknown>)[draftPackField];
  return kept === undefined || kept === null ? null : readPack(kept);
}

/** What one draft knows for the assessment: last year's text when the draft was built on it; never other units. */
export function draftContext(report: Report): AssessmentContext {
  const last = report.meta.lastYear;
  const lastText = last ? `${last.text.overview}${last.text.problems}`.trim() : '';
  const lastReport: Report | null = last && lastText !== '' ? {
    ...report,
    meta: { ...report.meta, year: last.year },
    text: { ...report.text, preamble: last.text.preamble, overview: { intro: last.text.overview, sections: [] }, problems: last.text.problems, other: last.text.other },
  } : null;
  return {
    ...(lastReport ? { lastYear: similarSource(report, { file: `${last?.year ?? ''}年报告`, report: lastReport }) } : {}),
    otherUnitsWhy: '与其他单位的比较在政务公开办“审查多份报告”时进行',
  };
}

export type DraftAssessment = { readonly pack: AssessmentPack; readonly result: AssessmentResult };

/** The draft under the national pack and under the office's pack (if one is kept), and its lateness. */
export function draftAssessments(report: Report, packs: readonly AssessmentPack[]): { assessments: DraftAssessment[]; lateness: Lateness } {
  const context = draftContext(report);
  return {
    assessments: packs.map((pack) => ({ pack, result: assessReport(report, pack, context) })),
    lateness: publicationLateness(report, packDeadlines(packs[packs.length - 1] ?? shippedPack('national-2021'))),
  };
}
