import type { Report } from '../../model/reportSchema.ts';

export type LastYearPart = 'preamble' | 'overview' | 'problems' | 'other';

/** Last year's text of a part, when the report was started from last year's (meta.lastYear.text). */
export function lastYearText(report: Report, part: LastYearPart): string | undefined {
  const lastYear: unknown = (report.meta as Record<string, unknown>).lastYear;
  if (lastYear === null || typeof lastYear !== 'object') return undefined;
  const text: unknown = (lastYear as Record<string, unknown>).text;
  if (text === null || typeof text !== 'object') return undefined;
  const value: unknown = (text as Record<string, unknown>)[part];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
