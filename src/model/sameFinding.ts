import type { Finding } from './finding.ts';

/** Two findings that say the same thing (a finding kept as the same object until this changes). */
export function sameFinding(a: Finding | undefined, b: Finding | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return a.severity === b.severity && a.rule === b.rule && a.message === b.message && a.expected === b.expected
    && a.actual === b.actual && a.cells.length === b.cells.length && a.cells.every((cell, i) => cell === b.cells[i])
    && a.suspect?.cell === b.suspect?.cell && a.suspect?.value === b.suspect?.value && a.hint === b.hint
    && a.acknowledged?.reason === b.acknowledged?.reason && a.acknowledged?.on === b.acknowledged?.on;
}
