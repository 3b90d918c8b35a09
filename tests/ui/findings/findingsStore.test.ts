import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellCatalog } from '../../../src/model/cellCatalog.ts';
import { getCell, setCell } from '../../../src/model/cellAccess.ts';
import type { CellValue } from '../../../src/model/cellValue.ts';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { validateReport, validateTables } from '../../../src/model/validateReport.ts';
import { createFindingsStore } from '../../../src/ui/findings/findingsStore.ts';
import type { CellPath, RequestsColumn, RequestsRow } from '../../../src/template/cellPathType.ts';

const r = (row: RequestsRow, col: RequestsColumn): CellPath => `tables.requests.${row}.${col}`;
const base = emptyReport({ year: 2025, agency: '示例县交通运输局' });

function edit(report: Report, changes: Record<string, CellValue>): Report {
  return Object.entries(changes).reduce((current, [path, value]) => setCell(current, path, value), report);
}
const key = (f: { rule: string; cells: readonly string[]; message: string }) => `${f.rule}|${f.cells.join(',')}|${f.message}`;

describe('findings store', () => {
  it('after recompute holds exactly what validateReport says, errors first', () => {
    const report = edit(base, { [r('received', 'natural')]: 5, [r('received', 'total')]: 'abc' });
    const store = createFindingsStore();
    store.recompute(report);
    expect(store.getAll().map(key).sort()).toEqual(validateReport(report).map(key).sort());
    const severities = store.getAll().map((f) => f.severity);
    expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('error'));
  });

  it('cellChanged keeps the store equal to a full validation, edit after edit', () => {
    const store = createFindingsStore();
    let report = base;
    store.recompute(report);
    const edits: [CellPath, CellValue][] = [
      [r('received', 'natural'), 3], [r('carriedOver', 'natural'), 1], [r('resultsTotal', 'natural'), 2],
      [r('carriedForward', 'natural'), 1], [r('carriedForward', 'natural'), 2], [r('received', 'natural'), '3x'],
      [r('received', 'natural'), null], ['tables.appeals.review.upheld', 1],
    ];
    for (const [path, value] of edits) {
      report = setCell(report, path, value);
      store.cellChanged(path, (p) => getCell(report, p));
      expect(store.getAll().map(key).sort()).toEqual(validateReport(report).map(key).sort());
    }
  });

  it('notifies a cell only when its own findings change, and keeps unchanged lists identical', () => {
    const store = createFindingsStore();
    let report = edit(base, { [r('received', 'natural')]: 3, [r('carriedOver', 'natural')]: 1, [r('resultsTotal', 'natural')]: 2 });
    store.recompute(report);
    const calls = new Map<string, number>();
    const watch = (path: string) => store.subscribeCell(path, () => calls.set(path, (calls.get(path) ?? 0) + 1));
    const watched = [r('received', 'natural'), r('carriedOver', 'natural'), r('resultsTotal', 'natural'), r('carriedForward', 'natural'), r('received', 'commercial')];
    watched.forEach(watch);
    const before = store.getCellFindings(r('received', 'commercial'));
    let allCalls = 0;
    store.subscribeAll(() => (allCalls += 1));

    // Filling the last cell of the 自然人 balance with a wrong figure: the four balance cells change.
    report = setCell(report, r('carriedForward', 'natural'), 5);
    store.cellChanged(r('carriedForward', 'natural'), (p) => getCell(report, p));
    expect(Object.fromEntries(calls)).toEqual({
      [r('received', 'natural')]: 1, [r('carriedOver', 'natural')]: 1, [r('resultsTotal', 'natural')]: 1, [r('carriedForward', 'natural')]: 1,
    });
    expect(store.getCellFindings(r('received', 'commercial'))).toBe(before);
    const balance = store.getCellFindings(r('received', 'natural')).find((f) => f.rule === 'balance');
    expect(balance?.cells[0]).toBe(r('received', 'natural'));
    expect(balance?.expected).toBe(4);
    expect(balance?.actual).toBe(7);
    expect(allCalls).toBe(1);

    // The same value again changes nothing and notifies nobody.
    const all = store.getAll();
    store.cellChanged(r('carriedForward', 'natural'), (p) => getCell(report, p));
    expect(allCalls).toBe(1);
    expect(store.getAll()).toBe(all);
  });

  it('recompute of an unchanged report keeps every list and notifies nobody', () => {
    const store = createFindingsStore();
    const report = edit(base, { [r('received', 'natural')]: 3, [r('received', 'total')]: 4 });
    store.recompute(report);
    const all = store.getAll();
    const cell = store.getCellFindings(r('received', 'total'));
    let calls = 0;
    store.subscribeAll(() => (calls += 1));
    store.subscribeCell(r('received', 'total'), () => (calls += 1));
    store.recompute(structuredClone(report));
    expect(calls).toBe(0);
    expect(store.getAll()).toBe(all);
    expect(store.getCellFindings(r('received', 'total'))).toBe(cell);
  });

  it('report-level findings that involve cells are listed on those cells', () => {
    const store = createFindingsStore();
    store.recompute(edit(base, { 'tables.active.regulations.issued': 2 }));
    expect(store.getCellFindings('tables.active.regulations.issued').map((f) => f.rule)).toContain('regulations-not-allowed');
  });
});

describe('findings store, any sequence of edits', () => {
  it('after every cellChanged, holds exactly what validateTables says, and after recompute what validateReport says (property)', () => {
    const paths = cellCatalog.map((cell) => cell.path);
    const value = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5 }), fc.constantFrom('x', '-1', '1.5'));
    // Cell and sum findings are live per keystroke; report-level checks (meta, narrative, across
    // tables) refresh on recompute, which the wizard runs after a pause in typing.
    const tableRules = new Set(['balance', 'results-total', 'row-total', 'appeal-total', 'invalid-value', 'blank-cell']);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), value), { minLength: 1, maxLength: 40 }), (edits) => {
        const store = createFindingsStore();
        let report = base;
        store.recompute(report);
        for (const [path, next] of edits) {
          report = setCell(report, path, next);
          store.cellChanged(path, (p) => getCell(report, p));
        }
        const live = store.getAll().filter((f) => tableRules.has(f.rule));
        expect(live.map(key).sort()).toEqual(validateTables(report).map(key).sort());
        store.recompute(report);
        const full = validateReport(report);
        expect(store.getAll().map(key).sort()).toEqual(full.map(key).sort());
        for (const path of paths) {
          const expected = full.filter((f) => f.cells.includes(path)).map(key).sort();
          expect(store.getCellFindings(path).map(key).sort()).toEqual(expected);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a letter typed for a digit named with its figure exactly as a full check does, while its row changes (property)', () => {
    // The lookalike reading ("l" for 1, "o" for 0) depends on the other cells of the cell's sums.
    const row = cellCatalog.map((cell) => cell.path).filter((path) => path.startsWith('tables.requests.received.'));
    const value = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom('l', 'o', 'l0', '2o', 'x'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...row), value), { minLength: 1, maxLength: 30 }), (edits) => {
        const store = createFindingsStore();
        let report = row.reduce((current, path) => setCell(current, path, 0), base);
        store.recompute(report);
        for (const [path, next] of edits) {
          report = setCell(report, path, next);
          store.cellChanged(path, (p) => getCell(report, p));
          const live = store.getAll().filter((f) => f.rule === 'invalid-value');
          expect(live.map(key).sort()).toEqual(validateTables(report).filter((f) => f.rule === 'invalid-value').map(key).sort());
        }
      }),
      { numRuns: 60 },
    );
  });
});
