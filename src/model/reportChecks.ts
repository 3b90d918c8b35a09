import type { Deadlines } from './checkReportWarnings.ts';
import { checkDateStyle, checkDeadline, checkIssuedInForce, checkRegulationsAllowed } from './checkReportWarnings.ts';
import { checkLastYear, type LastYearOptions } from './checkLastYear.ts';
import { checkNarrative } from './narrative/checkNarrative.ts';
import type { Finding } from './finding.ts';
import type { Report } from './reportSchema.ts';

export type CheckOptions = { readonly deadlines?: Deadlines } & LastYearOptions;

/** A check over the whole report (meta, text, across years): everything beyond the cell and sum rules. */
export type ReportCheck = (report: Report, options: CheckOptions) => Finding[];

/** Every report-level check, run by validateReport; add new checks here. */
export const reportChecks: readonly ReportCheck[] = [
  (report, options) => checkDeadline(report, options.deadlines),
  checkDateStyle,
  checkRegulationsAllowed,
  checkIssuedInForce,
  checkLastYear,
  checkNarrative,
];
