import { cellByPath } from './cellCatalog.ts';
import { cellNumber, type CellValue } from './cellValue.ts';
import { digitSlipHint } from './digitSlipHint.ts';
import type { Finding } from './finding.ts';
import { findSuspect, type FailingSum } from './findSuspect.ts';
import type { SumRule } from './sumRules.ts';

/** A failing sum rule instance and the finding checkSum gave for it. */
export type SumFinding = { readonly rule: SumRule; readonly finding: Finding };

/**
 * The sum findings with what they point at: per table, the suspect that explains all its failing sums
 * (every one of them carries it), or else a digit-slip hint per finding where its difference has that shape.
 */
export function explainSums(failing: readonly SumFinding[], valueOf: (path: string) => CellValue): Finding[] {
  const byTable = new Map<string, SumFinding[]>();
  for (const entry of failing) byTable.set(entry.rule.table, [...(byTable.get(entry.rule.table) ?? []), entry]);
  const suspects = new Map<string, ReturnType<typeof findSuspect>>();
  for (const [table, entries] of byTable) {
    const sums: FailingSum[] = entries.map(({ rule, finding }) => ({ rule, difference: (finding.expected ?? 0) - (finding.actual ?? 0) }));
    suspects.set(table, findSuspect(sums, valueOf));
  }
  return failing.map(({ rule, finding }) => {
    const suspect = suspects.get(rule.table);
    if (suspect !== undefined) return { ...finding, suspect };
    const values = new Map(rule.cells.flatMap((cell) => {
      const number = cellNumber(valueOf(cell), cellByPath.get(cell)?.valueKind ?? 'count');
      return number === undefined ? [] : [[cell, number] as const];
    }));
    const hint = digitSlipHint((finding.expected ?? 0) - (finding.actual ?? 0), rule.cells, values);
    return hint === undefined ? finding : { ...finding, hint };
  });
}
