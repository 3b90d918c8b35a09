import type { Finding } from '../finding.ts';
import type { Report } from '../reportSchema.ts';
import type { Passage } from './repeatPassages.ts';

/** spec §3: evidence items are free in shape beyond cell, part, quote, file and share. */
export type Evidence = {
  readonly cell?: string;
  readonly part?: string;
  readonly quote?: string;
  readonly file?: string;
  readonly share?: number;
  readonly [free: string]: unknown;
};

export type Deduction = {
  readonly rule: string;
  readonly title: string;
  readonly points: number;
  readonly evidence: readonly Evidence[];
  readonly fix: string;
};

export type NotAssessed = { readonly rule: string; readonly why: string };

/** spec §3: the result of one pack on one report. */
export type AssessmentResult = {
  readonly pack: string;
  readonly edition: string;
  readonly points: number;
  readonly score: number;
  readonly deductions: readonly Deduction[];
  readonly notAssessed: readonly NotAssessed[];
};

/** Another unit's report (or last year's) measured against this one: the share of this report's narrative found there. */
export type SimilarSource = { readonly file: string; readonly agency: string; readonly share: number; readonly passages: readonly Passage[] };

/** A second copy of the same agency-year and where its content differs. */
export type CopyComparison = { readonly file: string; readonly differs: boolean; readonly where: readonly Evidence[] };

/**
 * What the evaluator knows beyond the report. An absent field means "not known": rules that need it are
 * listed in notAssessed with the reason, never scored as passed or failed.
 */
export type AssessmentContext = {
  /** The findings as `validate --final` gives them (computed when absent; a function is called only when a rule needs them). */
  readonly findings?: readonly Finding[] | (() => readonly Finding[]);
  /** Repeat of this report's narrative against the same agency's previous report. */
  readonly lastYear?: SimilarSource;
  /** Other units of the batch over their threshold (most similar first); [] when there are others and none is similar. */
  readonly otherUnits?: readonly SimilarSource[];
  /** Why other units could not be compared (e.g. the batch holds no other unit). */
  readonly otherUnitsWhy?: string;
  /** Other copies of the same agency-year. */
  readonly copies?: readonly CopyComparison[];
  /** The tables are in the 2019 trial format. */
  readonly oldFormat?: boolean;
};

export type AssessInput = { readonly report: Report; readonly context?: AssessmentContext };
