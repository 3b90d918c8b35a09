import { ruleSeverity } from '../template/reportRules.ts';
import { cellByPath } from './cellCatalog.ts';
import { cellNumber, type CellValue } from './cellValue.ts';
import type { Finding } from './finding.ts';
import { isSumRuleId, sumMessages } from './findingMessages.ts';
import type { SumRule } from './sumRules.ts';

/** Evaluates one rule instance: a finding when it does not hold, nothing when it holds or a cell is not a number. */
export function checkSum(rule: SumRule, valueOf: (path: string) => CellValue): Finding | undefined {
  const values = new Map<string, number>();
  for (const cell of rule.cells) {
    const number = cellNumber(valueOf(cell), cellByPath.get(cell)?.valueKind ?? 'count');
    // A total is checked only when it and all its parts are numbers.
    if (number === undefined) return undefined;
    values.set(cell, number);
  }
  const sum = (cells: readonly string[]) => cells.reduce((total, cell) => total + (values.get(cell) ?? 0), 0);
  const expected = sum(rule.left);
  const actual = sum(rule.right);
  if (expected === actual || !isSumRuleId(rule.rule)) return undefined;
  return {
    severity: ruleSeverity(rule.rule),
    rule: rule.rule,
    cells: rule.cells,
    expected,
    actual,
    message: sumMessages[rule.rule](rule, expected, actual, values),
  };
}
