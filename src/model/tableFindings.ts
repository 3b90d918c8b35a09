import type { CellPath } from '../template/cellPathType.ts';
import { cellCatalog } from './cellCatalog.ts';
import type { CellValue } from './cellValue.ts';
import { checkCell, type Stage } from './checkCells.ts';
import { checkSum } from './checkSums.ts';
import { explainSums } from './explainSums.ts';
import type { Finding } from './finding.ts';
import { sameFinding } from './sameFinding.ts';
import { sumRules, sumRulesByCell, type SumRule } from './sumRules.ts';

type ValueOf = (path: string) => CellValue;

/**
 * What the tables alone say (cell findings: invalid, blank; sum findings with their suspect or hint),
 * evaluated in full or again for one changed cell and the sum rules it takes part in. One evaluation
 * for validateTables and the live findings store: after any series of `cellChanged`, `all()` equals a
 * full `recheck` of the same values. A finding that did not change stays the same object, and each
 * call adds to `touched` the cells whose findings changed.
 */
export type TableFindings = {
  /** Every cell and sum rule again. */
  recheck(valueOf: ValueOf, touched: Set<string>): void;
  /** Only that cell and the sum rules it takes part in. */
  cellChanged(path: CellPath, valueOf: ValueOf, touched: Set<string>): void;
  /** The cell's own finding (invalid or blank), if any. */
  cellFinding(path: string): Finding | undefined;
  /** The findings of the sum rules the cell takes part in. */
  sumFindingsOf(path: string): Finding[];
  /** Template order: sum rules, then cells, as validateTables lists them. */
  all(): Finding[];
};

export function createTableFindings(stage: Stage = 'draft'): TableFindings {
  const cellFindings = new Map<string, Finding>();
  // What checkSum says per failing rule, and the same findings with their suspect or hint (explainSums).
  const sumChecks = new Map<SumRule, Finding>();
  const sumFindings = new Map<SumRule, Finding>();

  const updateCell = (path: string, next: Finding | undefined, touched: Set<string>): void => {
    const before = cellFindings.get(path);
    if (sameFinding(before, next)) return;
    if (next) cellFindings.set(path, next);
    else cellFindings.delete(path);
    touched.add(path);
  };

  const updateSum = (rule: SumRule, next: Finding | undefined, touched: Set<string>): void => {
    const before = sumFindings.get(rule);
    if (sameFinding(before, next)) return;
    if (next) sumFindings.set(rule, next);
    else sumFindings.delete(rule);
    for (const cell of rule.cells) touched.add(cell);
  };

  // A suspect depends on every failing sum of its table: after any sum changes, explain them all again.
  const updateSums = (checked: ReadonlyMap<SumRule, Finding | undefined>, valueOf: ValueOf, touched: Set<string>): void => {
    for (const [rule, next] of checked) {
      if (next) sumChecks.set(rule, next);
      else sumChecks.delete(rule);
    }
    const failing = sumRules.flatMap((rule) => {
      const finding = sumChecks.get(rule);
      return finding ? [{ rule, finding }] : [];
    });
    const explained = new Map(explainSums(failing, valueOf).map((finding, i) => [failing[i]?.rule, finding]));
    for (const rule of new Set([...sumFindings.keys(), ...explained.keys()])) {
      if (rule !== undefined) updateSum(rule, explained.get(rule), touched);
    }
  };

  return {
    recheck(valueOf, touched) {
      updateSums(new Map(sumRules.map((rule) => [rule, checkSum(rule, valueOf)])), valueOf, touched);
      for (const cell of cellCatalog) updateCell(cell.path, checkCell(cell.path, valueOf(cell.path), stage, valueOf), touched);
    },
    cellChanged(path, valueOf, touched) {
      updateCell(path, checkCell(path, valueOf(path), stage, valueOf), touched);
      // A letter typed for a digit is named with its figure only while its sums balance with that reading
      // (lookalikeSuspect): the invalid cells that share a sum with this one are read again.
      for (const rule of sumRulesByCell.get(path) ?? []) {
        for (const other of rule.cells) {
          if (other !== path && cellFindings.get(other)?.rule === 'invalid-value') updateCell(other, checkCell(other, valueOf(other), stage, valueOf), touched);
        }
      }
      updateSums(new Map((sumRulesByCell.get(path) ?? []).map((rule) => [rule, checkSum(rule, valueOf)])), valueOf, touched);
    },
    cellFinding: (path) => cellFindings.get(path),
    sumFindingsOf: (path) => (sumRulesByCell.get(path) ?? []).flatMap((rule) => sumFindings.get(rule) ?? []),
    all: () => [
      ...sumRules.flatMap((rule) => sumFindings.get(rule) ?? []),
      ...cellCatalog.flatMap((cell) => cellFindings.get(cell.path) ?? []),
    ],
  };
}
