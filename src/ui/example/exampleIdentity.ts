import type { Report } from '../../model/reportSchema.ts';
import type { DraftRecord } from '../../storage/draftStore.ts';

// What marks the example (a fictional agency's report), kept apart from its text so that the header and
// the drafts list can recognise it without loading the example itself.

export const exampleAgency = '示例市青山区人力资源和社会保障局';
export const exampleDraftName = '示例报告（虚构机关）';

export function isExampleReport(report: Report): boolean {
  return report.meta.agency.trim() === exampleAgency;
}

/** The example, or a copy of it (named after it, or still holding its fictional agency). */
export function isExampleDraft(record: Pick<DraftRecord, 'name' | 'report'>): boolean {
  return (record.name?.startsWith(exampleDraftName) ?? false) || isExampleReport(record.report);
}
