import type { Finding } from '../finding.ts';
import type { Report } from '../reportSchema.ts';
import { narrativeFields } from './narrativeFields.ts';
import { narrativeSeverity } from './narrativeRules.ts';
import { currentDrafts, findOutdatedDrafts } from './outdatedDrafts.ts';

const clip = (text: string, length: number): string => ([...text].length > length ? `${[...text].slice(0, length).join('')}…` : text);

/** A sentence inserted from the tables that no longer matches them (the tables changed after it was inserted). */
export function checkOutdatedDrafts(report: Report): Finding[] {
  const current = currentDrafts(report);
  return narrativeFields(report).flatMap((field) =>
    findOutdatedDrafts(field.value, report, current).map((draft): Finding => ({
      severity: narrativeSeverity,
      rule: 'narrative-outdated-draft',
      cells: [field.path, ...draft.sentence.cells],
      message: `“${clip(draft.written, 24)}”是按表格生成的“${draft.sentence.label}”，与现在的表格不符，应为“${clip(draft.current, 60)}”；可点该段下方的“更新生成的句子”一键更新`,
    })),
  );
}
