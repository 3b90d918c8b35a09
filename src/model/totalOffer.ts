import type { CellValue } from './cellValue.ts';
import { computedTotal, totalRules } from './fillTotals.ts';
import type { SumRule } from './sumRules.ts';
import type { CellPath } from '../template/cellPathType.ts';

/** The total rules whose single total is each cell: which cells can be filled from their parts. */
export const totalRulesByCell: ReadonlyMap<string, readonly SumRule[]> = (() => {
  const byCell = new Map<string, SumRule[]>();
  for (const rule of totalRules) {
    const total = rule.right[0];
    if (total !== undefined) byCell.set(total, [...(byCell.get(total) ?? []), rule]);
  }
  return byCell;
})();

/** The cells a total is computed from (every rule it is the total of). */
export const totalPartsOf = (path: string): readonly CellPath[] =>
  [...new Set((totalRulesByCell.get(path) ?? []).flatMap((rule) => rule.left))];

/**
 * The value to offer for a total cell: the sum of its parts when they are all numbers and the
 * cell does not already hold it; undefined otherwise (nothing to offer).
 */
export function totalOffer(path: string, valueOf: (path: string) => CellValue): number | undefined {
  for (const rule of totalRulesByCell.get(path) ?? []) {
    const computed = computedTotal(rule, valueOf);
    if (computed === undefined) continue;
    return Object.is(valueOf(path), computed) ? undefined : computed;
  }
  return undefined;
}
