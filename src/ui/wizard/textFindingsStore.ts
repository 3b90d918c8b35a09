import { cellCatalog } from '../../model/cellCatalog.ts';
import { getCell } from '../../model/cellAccess.ts';
import type { Finding } from '../../model/finding.ts';
import type { Report } from '../../model/reportSchema.ts';
import { validateText } from '../../model/validateReport.ts';

export type Progress = { readonly filled: number; readonly total: number };

/**
 * What the whole report says beyond single cells: meta, narrative and cross-table checks (validateText),
 * and how many cells are filled. Recomputed off the keystroke path (debounced by the caller).
 */
export type TextFindingsStore = {
  recompute(report: Report): void;
  getFindings(): readonly Finding[];
  getProgress(): Progress;
  subscribe(listener: () => void): () => void;
};

const sameFindings = (a: readonly Finding[], b: readonly Finding[]): boolean =>
  a.length === b.length && a.every((finding, i) => finding.message === b[i]?.message && finding.rule === b[i]?.rule);

export function createTextFindingsStore(): TextFindingsStore {
  let findings: readonly Finding[] = [];
  let progress: Progress = { filled: 0, total: cellCatalog.length };
  const listeners = new Set<() => void>();
  return {
    recompute: (report) => {
      const nextFindings = validateText(report);
      const filled = cellCatalog.filter((cell) => getCell(report, cell.path) !== null).length;
      const changed = !sameFindings(findings, nextFindings) || filled !== progress.filled;
      if (!sameFindings(findings, nextFindings)) findings = nextFindings;
      if (filled !== progress.filled) progress = { filled, total: cellCatalog.length };
      if (changed) for (const listener of listeners) listener();
    },
    getFindings: () => findings,
    getProgress: () => progress,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
