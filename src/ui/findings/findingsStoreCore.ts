import type { CellPath } from '../../template/cellPathType.ts';
import { cellCatalog } from '../../model/cellCatalog.ts';
import { getCell } from '../../model/cellAccess.ts';
import type { CellValue } from '../../model/cellValue.ts';
import { checkCell, type Stage } from '../../model/checkCells.ts';
import { checkSum } from '../../model/checkSums.ts';
import { explainSums } from '../../model/explainSums.ts';
import type { Finding } from '../../model/finding.ts';
import type { Report } from '../../model/reportSchema.ts';
import { sumRules, sumRulesByCell, type SumRule } from '../../model/sumRules.ts';

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

function sameFinding(a: Finding | undefined, b: Finding | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return a.severity === b.severity && a.rule === b.rule && a.message === b.message && a.expected === b.expected
    && a.actual === b.actual && a.cells.length === b.cells.length && a.cells.every((cell, i) => cell === b.cells[i])
    && a.suspect?.cell === b.suspect?.cell && a.suspect?.value === b.suspect?.value && a.hint === b.hint
    && a.acknowledged?.reason === b.acknowledged?.reason && a.acknowledged?.on === b.acknowledged?.on;
}

const errorsFirst = (findings: readonly Finding[]): readonly Finding[] => {
  if (findings.length === 0) return none;
  return [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')];
};

/** The store with the report-level checks given (the app loads them after its first paint). */
export function createFindingsStoreWith(checkText: TextChecks, options: FindingsStoreOptions = {}): FindingsStore {
  const stage = options.stage ?? 'draft';
  const cellFindings = new Map<string, Finding>();
  // What checkSum says per failing rule, and the same findings with their suspect or hint (explainSums).
  const sumChecks = new Map<SumRule, Finding>();
  const sumFindings = new Map<SumRule, Finding>();
  // Report-level findings (meta, narrative, across tables) change only on recompute.
  let reportFindings: readonly Finding[] = none;
  const reportFindingsByCell = new Map<string, Finding[]>();

  let all: readonly Finding[] | undefined;
  const perCell = new Map<string, readonly Finding[]>();
  const allListeners = new Set<() => void>();
  const cellListeners = new Map<string, Set<() => void>>();

  const buildCell = (path: string): readonly Finding[] => {
    const own = cellFindings.get(path);
    const sums = (sumRulesByCell.get(path) ?? []).flatMap((rule) => sumFindings.get(rule) ?? []);
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
  const updateSums = (checked: ReadonlyMap<SumRule, Finding | undefined>, valueOf: (path: string) => CellValue, touched: Set<string>): void => {
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
    recompute(report) {
      const touched = new Set<string>();
      const valueOf = (path: string) => getCell(report, path);
      updateSums(new Map(sumRules.map((rule) => [rule, checkSum(rule, valueOf)])), valueOf, touched);
      for (const cell of cellCatalog) updateCell(cell.path, checkCell(cell.path, valueOf(cell.path), stage, valueOf), touched);
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
      updateCell(path, checkCell(path, valueOf(path), stage, valueOf), touched);
      updateSums(new Map((sumRulesByCell.get(path) ?? []).map((rule) => [rule, checkSum(rule, valueOf)])), valueOf, touched);
      publish(touched);
    },

    getAll() {
      if (all === undefined) {
        // Template order: sum rules, then cells, then the report-level checks, as validateReport lists them.
        const sums = sumRules.flatMap((rule) => sumFindings.get(rule) ?? []);
        const cells = cellCatalog.flatMap((cell) => cellFindings.get(cell.path) ?? []);
        all = errorsFirst([...sums, ...cells, ...reportFindings]);
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
