import { defaultDeadlines } from '../template/reportRules.ts';
import type { Deadlines } from './checkReportWarnings.ts';
import { isoDate, isValidIsoDate } from './dates.ts';
import type { Report } from './reportSchema.ts';

/**
 * The last day to publish the report (条例 第四十九条: 1月31日, a government's own report 3月31日), or the one
 * set locally in meta.deadline; undefined for a 乡镇/街道 without one (its deadline is set locally).
 */
export function reportDeadline(report: Report, deadlines: Deadlines = defaultDeadlines): string | undefined {
  const { agencyKind = 'department', year, deadline: override, agencyLevel } = report.meta;
  if (override && isValidIsoDate(override)) return override;
  if (agencyLevel === 'township') return undefined;
  const due = deadlines[agencyKind];
  return isoDate(year + 1, due.month, due.day);
}
