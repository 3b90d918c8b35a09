import { defaultDeadlines } from '../template/reportRules.ts';
import { isoDate, isValidIsoDate } from './dates.ts';
import type { Report } from './reportSchema.ts';

/** The month and day, in the year after the report year, by which each kind of agency publishes. */
export type Deadlines = { readonly [K in keyof typeof defaultDeadlines]: { readonly month: number; readonly day: number } };

/** The last day to publish: the one set locally (meta.deadline), or the one for the agency's kind. */
export type ReportDeadline = { readonly date: string; readonly local: boolean };

/**
 * Whose deadlines: the law's (条例 第四十九条 names county level and above, so a 乡镇/街道 is judged only by
 * the deadline it set itself) or an assessor's (a pack's `deadlines` apply to every agency of the kind).
 */
export type DeadlineRules = { readonly deadlines: Deadlines; readonly townships: 'set-locally' | 'by-kind' };

export const lawDeadlines: DeadlineRules = { deadlines: defaultDeadlines, townships: 'set-locally' };

/**
 * The last day to publish the report (条例 第四十九条: 1月31日, a government's own report 3月31日), or the one
 * set locally in meta.deadline; under the law's rules undefined for a 乡镇/街道 without one. The one place a
 * deadline is worked out: the 成文日期 check, the review's lateness and the assessment packs all read it.
 */
export function reportDeadline(report: Report, rules: DeadlineRules = lawDeadlines): ReportDeadline | undefined {
  const { agencyKind = 'department', year, deadline: override, agencyLevel } = report.meta;
  if (override && isValidIsoDate(override)) return { date: override, local: true };
  if (agencyLevel === 'township' && rules.townships === 'set-locally') return undefined;
  const due = rules.deadlines[agencyKind];
  return { date: isoDate(year + 1, due.month, due.day), local: false };
}
