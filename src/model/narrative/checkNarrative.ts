import type { Stage } from '../checkCells.ts';
import type { Finding } from '../finding.ts';
import type { Report } from '../reportSchema.ts';
import { checkAllAnswered } from './checkAllAnswered.ts';
import { checkCounts } from './checkCounts.ts';
import { checkEmptyParts } from './checkEmptyParts.ts';
import { checkFeeStatement } from './checkFeeStatement.ts';
import { checkGovernmentReview } from './checkGovernmentReview.ts';
import { checkNoneButTable } from './checkNoneButTable.ts';
import { outdatedByField, outdatedFindings } from './checkOutdatedDrafts.ts';
import type { Covered } from './covered.ts';
import { checkTextYear } from './checkTextYear.ts';

/** Every narrative check (rule ids in template/reportRules.ts): the text against the tables, and the parts' structure. */
export function checkNarrative(report: Report, options: { readonly stage?: Stage } = {}): Finding[] {
  const outdated = outdatedByField(report);
  // A figure inside an outdated generated sentence is reported once, as that sentence (refreshed in one click).
  const covered: Covered = (path, offset) => outdated.get(path)?.some((draft) => offset >= draft.start && offset < draft.end) ?? false;
  return [
    ...checkCounts(report, covered),
    ...checkNoneButTable(report, covered),
    ...checkAllAnswered(report),
    ...checkFeeStatement(report),
    ...checkGovernmentReview(report),
    ...checkEmptyParts(report, options.stage),
    ...checkTextYear(report),
    ...[...outdated].flatMap(([path, drafts]) => outdatedFindings(path, drafts)),
  ];
}
