import type { Report } from '../../model/reportSchema.ts';

export type LastYearPart = 'preamble' | 'overview' | 'problems' | 'other';

/** Last year's text of a part, when the report was started from last year's (meta.lastYear.text). */
export function lastYearText(report: Report, part: LastYearPart): string | undefined {
  const value: unknown = report.meta.lastYear?.text[part];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
