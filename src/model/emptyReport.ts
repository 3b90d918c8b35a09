import { overviewSubsections } from '../template/sections.ts';
import { cellCatalog } from './cellCatalog.ts';
import { setCell } from './cellAccess.ts';
import { currentVersion, reportFormat } from './reportFormat.ts';
import type { AgencyKindValue, Report } from './reportSchema.ts';

export type NewReportOptions = { year: number; agency: string; agencyKind?: AgencyKindValue };

/**
 * A new report: every cell blank, 一 with its five usual sub-sections and no text. Built without zod
 * (the app's first screen needs it); a test proves it is what the schema reads it as.
 */
export function emptyReport({ year, agency, agencyKind = 'department' }: NewReportOptions): Report {
  const shell = {
    format: reportFormat,
    version: currentVersion,
    template: '2021',
    meta: { agency, year, issuedOn: null, agencyKind },
    text: {
      preamble: '',
      overview: { intro: '', sections: overviewSubsections.map((heading) => ({ heading, body: '' })) },
      active: '',
      requests: '',
      appeals: '',
      problems: '',
      other: '',
    },
    tables: { active: {}, requests: {}, appeals: {} },
  } as Report;
  return cellCatalog.reduce((report, cell) => setCell(report, cell.path, null), shell);
}
