import type { Finding } from '../finding.ts';
import type { Report } from '../reportSchema.ts';
import { checkAllAnswered } from './checkAllAnswered.ts';
import { checkCounts } from './checkCounts.ts';
import { checkEmptyParts } from './checkEmptyParts.ts';
import { checkFeeStatement } from './checkFeeStatement.ts';
import { checkGovernmentReview } from './checkGovernmentReview.ts';
import { checkNoneButTable } from './checkNoneButTable.ts';
import { checkOutdatedDrafts } from './checkOutdatedDrafts.ts';
import { checkTextYear } from './checkTextYear.ts';

/** Every narrative check (rule ids in narrativeRules.ts): the text against the tables, and the parts' structure. */
export function checkNarrative(report: Report): Finding[] {
  return [
    ...checkCounts(report),
    ...checkNoneButTable(report),
    ...checkAllAnswered(report),
    ...checkFeeStatement(report),
    ...checkGovernmentReview(report),
    ...checkEmptyParts(report),
    ...checkTextYear(report),
    ...checkOutdatedDrafts(report),
  ];
}
