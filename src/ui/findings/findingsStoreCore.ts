import type { CellPath } from '../../template/cellPathType.ts';
import { getCell } from '../../model/cellAccess.ts';
import type { CellValue } from '../../model/cellValue.ts';
import type { Stage } from '../../model/checkCells.ts';
import type { Finding } from '../../model/finding.ts';
import type { Report } from '../../model/reportSchema.ts';
import { sameFinding } from '../../model/sameFinding.ts';
import { createTableFindings } from '../../model/tableFindings.ts';

/**
 * Live findings of the report being edited. The model decides what is wrong; this store only caches
 * the findings, keeps unchanged ones as the same objects, and tells each cell when its own list changes.
 */
export type FindingsStore = {
  /** Full validation (validateReport's findings): on load, and after text, meta or a pause in typing. */
  recompute(report: Report): void;
  /** Re-checks only that cell and the sum rules it takes part in. */
  cellChanged(path: CellPath, valueOf: (path: string) => CellValue): void;
  /** Errors first; the same array until something changes. */
  getAll(): readonly Finding[];
  subscribeAll(listener: () => void): () => void;
  /** Findings that involve the cell, errors first; the same array until they change. */
  getCellFindings(path: string): readonly Finding[];
  /** Called only when that cell's findings change. */
  subscribeCell(path: string, listener: () => void): () => void;
};

/** The report-level checks (meta, narrative, across years): validateText, or a stand-in until it has loaded. */
export type TextChecks = (report: Report) => readonly Finding[];

export type FindingsStoreOptions = { readonly stage?: Stage };

const none: readonly Finding[] = Object.freeze([]);

const errorsFirst = (findings: readonly Finding[]): readonly Finding[] => {
  if (findings.length === 0) return none;
  return [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')];
};

/** The store with the report-level checks given (the app loads them after its first paint). */
export function createFindingsStoreWith(checkText: TextChecks, options: FindingsStoreOptions = {}): FindingsStore {
  // The tables' findings, evaluated by the model (the same evaluation as validateTables).
  const tables = createTableFindings(options.stage ?? 'draft');
  // Report-level findings (meta, narrative, across tables) change only on recompute.
  let reportFindings: readonly Finding[] = none;
  const reportFindingsByCell = new Map<string, Finding[]>();

  let all: readonly Finding[] | undefined;
  const perCell = new Map<string, readonly Finding[]>();
  const allListeners = new Set<() => void>();
  const cellListeners = new Map<string, Set<() => void>>();

  const buildCell = (path: string): readonly Finding[] => {
    const own = tables.cellFinding(path);
    const sums = tables.sumFindingsOf(path);
    const others = reportFindingsByCell.get(path) ?? [];
    return errorsFirst([...(own ? [own] : []), ...sums, ...others]);
  };

  // Called after a batch of changes: rebuild the lists of the touched cells, notify those that differ.
  const publish = (touched: ReadonlySet<string>, listChanged = false): void => {
    if (touched.size === 0 && !listChanged) return;
    all = undefined;
    const changedCells: string[] = [];
    for (const path of touched) {
      const before = perCell.get(path) ?? none;
      const after = buildCell(path);
      const same = before.length === after.length && before.every((finding, i) => finding === after[i]);
      if (same) continue;
      if (after.length === 0) perCell.delete(path);
      else perCell.set(path, after);
      changedCells.push(path);
    }
    for (const path of changedCells) for (const listener of cellListeners.get(path) ?? []) listener();
    for (const listener of allListeners) listener();
  };

  return {
    recompute(report) {
      const touched = new Set<string>();
      tables.recheck((path) => getCell(report, path), touched);
      const nextReport = checkText(report);
      const sameReport = nextReport.length === reportFindings.length && nextReport.every((f, i) => sameFinding(f, reportFindings[i]));
      if (!sameReport) {
        for (const cells of reportFindingsByCell.keys()) touched.add(cells);
        reportFindingsByCell.clear();
        reportFindings = nextReport.length === 0 ? none : nextReport;
        for (const finding of reportFindings) {
          for (const cell of finding.cells) {
            reportFindingsByCell.set(cell, [...(reportFindingsByCell.get(cell) ?? []), finding]);
            touched.add(cell);
          }
        }
      }
      // The overall list changes even when no cell is involved (e.g. a date in the narrative).
      publish(touched, !sameReport);
    },

    cellChanged(path, valueOf) {
      const touched = new Set<string>();
      tables.cellChanged(path, valueOf, touched);
      publish(touched);
    },

    getAll() {
      if (all === undefined) {
        // Template order: sum rules, then cells, then the report-level checks, as validateReport lists them.
        all = errorsFirst([...tables.all(), ...reportFindings]);
      }
      return all;
    },

    subscribeAll(listener) {
      allListeners.add(listener);
      return () => {
        allListeners.delete(listener);
      };
    },

    getCellFindings: (path) => perCell.get(path) ?? none,

    subscribeCell(path, listener) {
      const listeners = cellListeners.get(path) ?? new Set<() => void>();
      listeners.add(listener);
      cellListeners.set(path, listeners);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) cellListeners.delete(path);
      };
    },
  };
}
