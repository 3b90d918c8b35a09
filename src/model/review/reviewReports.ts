import { recogniseAgency } from '../agency/agencyRecognizer.ts';
import { checkLastYear } from '../checkLastYear.ts';
import type { Finding } from '../finding.ts';
import { lastYearOf } from '../nextYearReport.ts';
import { overviewText } from '../overviewText.ts';
import { publicationLateness } from '../publicationLateness.ts';
import type { Report } from '../reportSchema.ts';
import { textRepeatRate } from '../textRepeatRate.ts';
import { validateReport, validateTables } from '../validateReport.ts';
import { assessOldFormat } from '../assessment/assessUnreadable.ts';
import type { AssessmentResult, CopyComparison } from '../assessment/assessmentResult.ts';
import { sameAgencyYearCopies } from './sameAgencyYearCopies.ts';
import type { AssessmentPack } from '../assessment/packSchema.ts';
import { aggregateTables } from './aggregateTables.ts';
import { matchLastYear, type ReadReport } from './matchLastYear.ts';
import { reviewAssessments, type ReviewAssessment, type SimilarTo } from './reviewAssessments.ts';
import { reviewIndicators, type ReviewIndicators } from './reviewIndicators.ts';

/** An unreadable file; `oldFormat` when it was refused for being in the 2019 trial format. */
export type UnreadableFile = { readonly file: string; readonly error: string; readonly oldFormat?: boolean };

export type ReviewInput = ReadReport | UnreadableFile;

export type ReviewRow = {
  readonly file: string;
  readonly agency: string;
  /** 行政级别 as recognised (meta.agencyLevel), null when unknown. */
  readonly level: string | null;
  readonly agencyKind: string | null;
  readonly year: number;
  readonly issuedOn: string | null;
  /** 发布日期 (meta.publishedOn: read from the saved page, or entered), null when unknown. */
  readonly publishedOn: string | null;
  /** Published after the deadline for its kind — by 发布日期 when known, else by 成文日期; null when neither is known. */
  readonly late: boolean | null;
  /** Which date `late` was judged by. */
  readonly lateBasis: 'publishedOn' | 'issuedOn' | null;
  /** The counts `validate` gives for the file. */
  readonly errors: number;
  readonly warnings: number;
  readonly rules: Readonly<Record<string, number>>;
  /** Cells named as likely wrong (distinct). */
  readonly suspects: number;
  /** The same agency's report of the year before, when it is among the inputs. */
  readonly lastYear: string | null;
  /** Share of 一 and 五 repeated from last year's (0…1), when last year's report is known. */
  readonly repeatRate: number | null;
  /** Findings of the checks against last year's report (carried-over, in-force-continuity, text-repeat). */
  readonly crossYear: Readonly<Record<string, number>>;
  readonly indicators: ReviewIndicators;
  /** With a pack (spec assessment-packs.md §5): the pack's result and the other units over its threshold. */
  readonly assessment?: AssessmentResult;
  readonly similarTo?: readonly SimilarTo[];
  /** Other copies of the same agency-year in the batch: whether the content differs, and where. */
  readonly copies?: readonly CopyComparison[];
};

export type ReviewedReport = { readonly row: ReviewRow; readonly findings: readonly Finding[]; readonly report: Report };

export type YearAggregate = { readonly year: number; readonly reports: number; readonly report: Report; readonly findings: readonly Finding[]; readonly missing: Readonly<Record<string, number>> };

export type ReviewSummary = {
  readonly reports: number;
  readonly unreadable: number;
  readonly late: number;
  readonly withErrors: number;
  readonly withWarnings: number;
  readonly withLastYear: number;
  readonly repeatOver50: number;
  readonly suspects: number;
};

export type Review = {
  readonly reviewed: readonly ReviewedReport[];
  readonly unreadable: readonly (UnreadableFile & { readonly assessment?: AssessmentResult })[];
  readonly aggregates: readonly YearAggregate[];
  readonly summary: ReviewSummary;
};

export type ReviewOptions = { readonly stage?: 'draft' | 'final'; readonly repeatThreshold?: number; readonly pack?: AssessmentPack };

const countBy = (findings: readonly Finding[]): Record<string, number> =>
  findings.reduce<Record<string, number>>((counts, f) => ({ ...counts, [f.rule]: (counts[f.rule] ?? 0) + 1 }), {});

const suspectCells = (findings: readonly Finding[]): number =>
  new Set(findings.flatMap((f) => {
    const suspect = (f as { suspect?: { cell?: unknown } }).suspect;
    return typeof suspect?.cell === 'string' ? [suspect.cell] : [];
  })).size;

const narrativeForRepeat = (report: Report) => `${overviewText(report.text.overview)}\n${report.text.problems}`;

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Lateness by the date of publication when the report gives it (a saved page does), else by 成文日期 (model/publicationLateness.ts). */
function lateness(report: Report): Pick<ReviewRow, 'publishedOn' | 'late' | 'lateBasis'> {
  const judged = publicationLateness(report);
  return { publishedOn: judged.dateSource === 'publishedOn' ? judged.date : null, late: judged.late, lateBasis: judged.late === null ? null : judged.dateSource };
}

function reviewOne(entry: ReadReport, last: ReadReport | null, findings: readonly Finding[], assessed: ReviewAssessment | undefined, copies: readonly CopyComparison[]): ReviewedReport {
  const { report } = entry;
  const crossYear = last ? checkLastYear({ ...report, meta: { ...report.meta, lastYear: lastYearOf(last.report) } }) : [];
  const errors = findings.filter((f) => f.severity === 'error').length;
  // What the file says, else what the name says (a reviewer's JSON may carry neither).
  const recognised = report.meta.agency.trim() === '' ? undefined : recogniseAgency(report.meta.agency).defaults;
  const row: ReviewRow = {
    file: entry.file,
    agency: report.meta.agency,
    level: textOrNull(report.meta.agencyLevel ?? recognised?.agencyLevel),
    agencyKind: report.meta.agencyKind ?? recognised?.agencyKind ?? null,
    year: report.meta.year,
    issuedOn: report.meta.issuedOn ?? null,
    ...lateness(report),
    errors,
    warnings: findings.length - errors,
    rules: countBy(findings),
    suspects: suspectCells(findings),
    lastYear: last?.file ?? null,
    repeatRate: last ? textRepeatRate(narrativeForRepeat(report), narrativeForRepeat(last.report)) : null,
    crossYear: countBy(crossYear),
    indicators: reviewIndicators(report, last?.report ?? null),
    ...(copies.length > 0 ? { copies } : {}),
    ...(assessed ? { assessment: assessed.assessment, similarTo: assessed.similarTo } : {}),
  };
  return { row, findings: [...findings, ...crossYear], report };
}

// Worst first: errors, then suspects, then warnings, then late; ties by file name.
const worstFirst = (a: ReviewedReport, b: ReviewedReport) =>
  b.row.errors - a.row.errors || b.row.suspects - a.row.suspects || b.row.warnings - a.row.warnings
  || Number(b.row.late === true) - Number(a.row.late === true) || a.row.file.localeCompare(b.row.file);

/** One review of many reports: a row per readable report (worst first), the unreadable files, 汇总 per year. */
export function reviewReports(inputs: readonly ReviewInput[], options: ReviewOptions = {}): Review {
  const readable = inputs.filter((input): input is ReadReport => 'report' in input);
  const { pack } = options;
  const unreadable = inputs
    .filter((input): input is UnreadableFile => 'error' in input)
    .map((input) => (pack && input.oldFormat ? { ...input, assessment: assessOldFormat(pack) } : input));
  const lastIndex = matchLastYear(readable);
  const lastOf = (i: number) => {
    const index = lastIndex[i];
    return index === null || index === undefined ? null : (readable[index] ?? null);
  };
  const stage = options.stage ?? 'draft';
  const findings = readable.map((entry) => validateReport(entry.report, { stage }));
  // The pack reads findings as `validate --final` gives them, cross-year ones included.
  const finalFindings = (i: number) => {
    const last = lastOf(i);
    const report = readable[i]?.report;
    if (!report) return [];
    const own = stage === 'final' ? (findings[i] ?? []) : validateReport(report, { stage: 'final' });
    return last ? [...own, ...checkLastYear({ ...report, meta: { ...report.meta, lastYear: lastYearOf(last.report) } })] : own;
  };
  const copies = sameAgencyYearCopies(readable);
  const assessed = pack ? reviewAssessments(readable, lastIndex, pack, finalFindings, copies) : [];
  const reviewed = readable
    .map((entry, i) => reviewOne(entry, lastOf(i), findings[i] ?? [], assessed[i], copies[i] ?? []))
    .sort(worstFirst);
  const years = [...new Set(readable.map((entry) => entry.report.meta.year))].sort((a, b) => a - b);
  const aggregates = years.map((year) => {
    const ofYear = readable.filter((entry) => entry.report.meta.year === year).map((entry) => entry.report);
    const { report, missing } = aggregateTables(ofYear, year);
    return { year, reports: ofYear.length, report, missing, findings: validateTables(report, 'draft').filter((f) => f.severity === 'error') };
  });
  const threshold = options.repeatThreshold ?? 0.5;
  const rows = reviewed.map((r) => r.row);
  return {
    reviewed,
    unreadable,
    aggregates,
    summary: {
      reports: rows.length,
      unreadable: unreadable.length,
      late: rows.filter((r) => r.late === true).length,
      withErrors: rows.filter((r) => r.errors > 0).length,
      withWarnings: rows.filter((r) => r.warnings > 0).length,
      withLastYear: rows.filter((r) => r.lastYear !== null).length,
      repeatOver50: rows.filter((r) => r.repeatRate !== null && r.repeatRate > threshold).length,
      suspects: rows.reduce((sum, r) => sum + r.suspects, 0),
    },
  };
}
