import { cellCatalog } from '../../model/cellCatalog.ts';
import { getCell } from '../../model/cellAccess.ts';
import type { Report } from '../../model/reportSchema.ts';

export type Progress = { readonly filled: number; readonly total: number };

/** How many of the table cells hold something; recomputed off the keystroke path (debounced by the caller). */
export type ProgressStore = {
  recompute(report: Report): void;
  get(): Progress;
  subscribe(listener: () => void): () => void;
};

export function filledCells(report: Report): number {
  return cellCatalog.filter((cell) => getCell(report, cell.path) !== null).length;
}

export function createProgressStore(): ProgressStore {
  let progress: Progress = { filled: 0, total: cellCatalog.length };
  const listeners = new Set<() => void>();
  return {
    recompute: (report) => {
      const filled = filledCells(report);
      if (filled === progress.filled) return;
      progress = { filled, total: cellCatalog.length };
      for (const listener of listeners) listener();
    },
    get: () => progress,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
