import type { CellPath } from '../template/cellPathType.ts';
import { cellByPath } from './cellCatalog.ts';
import { cellNumber, type CellValue } from './cellValue.ts';
import type { Suspect } from './finding.ts';
import { sumRulesByCell, type SumRule } from './sumRules.ts';

/** A failing sum instance and its difference sum(left) − sum(right) (expected − actual). */
export type FailingSum = { readonly rule: SumRule; readonly difference: number };

/**
 * The change the cell would need for the rule to hold: a cell on the left adds to the difference, a cell
 * on the right takes from it. So a cell mistyped by δ breaks each of its rules by +δ (left) or −δ (right).
 */
const impliedError = (failing: FailingSum, cell: CellPath): number =>
  failing.rule.left.includes(cell) ? failing.difference : -failing.difference;

/**
 * The one cell whose single mistyped figure explains every failing sum of its table, or undefined.
 *
 * A cell is a candidate only when (1) it takes part in every failing sum of the table, (2) every sum it
 * takes part in fails — so each was checked, i.e. all its cells are numbers — and (3) they all fail by the
 * same amount δ in its direction. The suspect is named only when exactly one cell qualifies and its value
 * less δ is a valid figure: one failing group of table 四 (five equal candidates), two typos that do
 * not reduce to one cell, or a sum left unchecked by a blank cell name none. A wrong suspect is worse
 * than none.
 */
export function findSuspect(failing: readonly FailingSum[], valueOf: (path: string) => CellValue): Suspect | undefined {
  const first = failing[0];
  if (first === undefined) return undefined;
  const failingByRule = new Map(failing.map((entry) => [entry.rule, entry]));
  // Candidates are chosen by the sums alone; a figure's validity never breaks a tie (in table 四 it would
  // pick the total whenever the parts cannot go lower, and that total is as likely right as any part).
  const candidates: { cell: CellPath; error: number }[] = [];
  for (const cell of first.rule.cells) {
    const rules = sumRulesByCell.get(cell) ?? [];
    if (!failing.every((entry) => rules.includes(entry.rule))) continue;
    const own = rules.map((rule) => failingByRule.get(rule));
    if (own.some((entry) => entry === undefined)) continue;
    const errors = own.map((entry) => impliedError(entry as FailingSum, cell));
    const error = errors[0];
    if (error === undefined || error === 0 || errors.some((other) => other !== error)) continue;
    candidates.push({ cell, error });
  }
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only === undefined) return undefined;
  const kind = cellByPath.get(only.cell)?.valueKind ?? 'count';
  const current = cellNumber(valueOf(only.cell), kind);
  if (current === undefined) return undefined;
  const value = kind === 'amount' ? Math.round((current - only.error) * 1e4) / 1e4 : current - only.error;
  return cellNumber(value, kind) === undefined ? undefined : { cell: only.cell, value };
}
