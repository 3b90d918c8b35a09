import type { Deadlines } from './reportDeadline.ts';
import { checkDateStyle, checkDeadline, checkIssuedInForce, checkRegulationsAllowed } from './checkReportWarnings.ts';
import { checkLastYear, type LastYearOptions } from './checkLastYear.ts';
import type { Stage } from './checkCells.ts';
import { checkRequiredFields } from './checkRequiredFields.ts';
import { checkIssuedOnText } from './checkIssuedOnText.ts';
import { checkOverviewTopics } from './checkOverviewTopics.ts';
import { checkNarrative } from './narrative/checkNarrative.ts';
import type { Finding } from './finding.ts';
import type { Report } from './reportSchema.ts';

export type CheckOptions = { readonly deadlines?: Deadlines; readonly stage?: Stage } & LastYearOptions;

/** A check over the whole report (meta, text, across years): everything beyond the cell and sum rules. */
export type ReportCheck = (report: Report, options: CheckOptions) => Finding[];

/** Every report-level check, run by validateReport; add new checks here. */
export const reportChecks: readonly ReportCheck[] = [
  (report, options) => checkRequiredFields(report, options.stage),
  (report, options) => checkDeadline(report, options.deadlines),
  checkIssuedOnText,
  checkDateStyle,
  checkRegulationsAllowed,
  checkIssuedInForce,
  checkLastYear,
  checkNarrative,
  checkOverviewTopics,
];
