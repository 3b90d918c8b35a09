import { overviewSubsections } from '../template/sections.ts';
import type { AgencyKindValue, Report } from './reportSchema.ts';
import { currentVersion, reportFormat, reportSchema } from './reportSchema.ts';

export type NewReportOptions = { year: number; agency: string; agencyKind?: AgencyKindValue };

/** A new report: every cell blank, 一 with its five usual sub-sections and no text. */
export function emptyReport({ year, agency, agencyKind = 'department' }: NewReportOptions): Report {
  return reportSchema.parse({
    format: reportFormat,
    version: currentVersion,
    template: '2021',
    meta: { agency, year, issuedOn: null, agencyKind },
    text: { overview: { intro: '', sections: overviewSubsections.map((heading) => ({ heading, body: '' })) } },
    tables: {},
  });
}

/** The reporting year a clerk works on today: last calendar year. */
export function defaultReportYear(today: Date = new Date()): number {
  return today.getFullYear() - 1;
}

/** 统计期限 of a report year, as printed. */
export function statisticsPeriod(year: number): string {
  return `${year}年1月1日至${year}年12月31日`;
}
