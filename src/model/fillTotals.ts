import { cellByPath } from './cellCatalog.ts';
import { getCell, setCell } from './cellAccess.ts';
import { cellNumber, type CellValue } from './cellValue.ts';
import type { Report } from './reportSchema.ts';
import { sumRules, type SumRule } from './sumRules.ts';

/** Rules whose right side is a single total cell: the total can be computed from the parts. */
export const totalRules: readonly SumRule[] = sumRules.filter((rule) => rule.right.length === 1 && rule.rule !== 'balance');

/** The value a total cell should hold, when all its parts are numbers; undefined otherwise. */
export function computedTotal(rule: SumRule, valueOf: (path: string) => CellValue): number | undefined {
  let sum = 0;
  for (const part of rule.left) {
    const value = cellNumber(valueOf(part), cellByPath.get(part)?.valueKind ?? 'count');
    if (value === undefined) return undefined;
    sum += value;
  }
  return sum;
}

/** A copy of the report with every computable total filled from its parts (totals of totals included). */
export function fillTotals(report: Report): Report {
  let current = report;
  // Totals feed totals (（七）总计 of the 总计 column): repeat until nothing changes.
  for (let pass = 0; pass < 3; pass += 1) {
    let changed = false;
    for (const rule of totalRules) {
      const total = rule.right[0];
      if (total === undefined) continue;
      const value = computedTotal(rule, (path) => getCell(current, path));
      if (value !== undefined && getCell(current, total) !== value) {
        current = setCell(current, total, value);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return current;
}
