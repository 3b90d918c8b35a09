import type { Finding, TextPath } from '../finding.ts';
import type { Report } from '../reportSchema.ts';
import { narrativeFields } from './narrativeFields.ts';
import { ruleSeverity } from '../../template/reportRules.ts';
import { currentDrafts, findOutdatedDrafts, type OutdatedDraft } from './outdatedDrafts.ts';

const clip = (text: string, length: number): string => ([...text].length > length ? `${[...text].slice(0, length).join('')}…` : text);

/** A sentence the product inserted from the tables (recorded in meta.insertedSentences) that no longer matches them. */
export function checkOutdatedDrafts(report: Report): Finding[] {
  return [...outdatedByField(report)].flatMap(([path, drafts]) => outdatedFindings(path, drafts));
}

/** The outdated generated sentences of every field that has some. */
export function outdatedByField(report: Report): ReadonlyMap<TextPath, readonly OutdatedDraft[]> {
  const current = currentDrafts(report);
  const byField = new Map<TextPath, readonly OutdatedDraft[]>();
  for (const field of narrativeFields(report)) {
    const drafts = findOutdatedDrafts(field.path, field.value, report, current);
    if (drafts.length > 0) byField.set(field.path, drafts);
  }
  return byField;
}

/** One warning per outdated sentence, naming what it should now say. */
export function outdatedFindings(path: TextPath, drafts: readonly OutdatedDraft[]): Finding[] {
  return drafts.map((draft): Finding => ({
    severity: ruleSeverity('narrative-outdated-draft'),
    rule: 'narrative-outdated-draft',
    cells: [path, ...draft.sentence.cells],
    message: `“${clip(draft.written, 24)}”是按表格生成的“${draft.sentence.label}”，与现在的表格不符，应为“${clip(draft.current, 60)}”；可点该段下方的“更新生成的句子”一键更新`,
  }));
}
