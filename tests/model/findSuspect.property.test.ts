import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellCatalog } from '../../src/model/cellCatalog.ts';
import { getCell, setCell } from '../../src/model/cellAccess.ts';
import type { Finding } from '../../src/model/finding.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { validateTables } from '../../src/model/validateReport.ts';
import { balancedReports, resultCells } from '../fixtures/balancedReports.ts';
import { applicantColumns } from '../fixtures/buildReport.ts';
import { fullReport } from '../fixtures/fullReport.ts';

const sumRuleIds = new Set(['balance', 'results-total', 'row-total', 'appeal-total']);
const sumFindings = (report: Report): Finding[] => validateTables(report).filter((f) => sumRuleIds.has(f.rule));
const requestCells = cellCatalog.filter((c) => c.table === 'requests').map((c) => c.path);
const appealCells = cellCatalog.filter((c) => c.table === 'appeals').map((c) => c.path);
const numberAt = (report: Report, path: string): number => getCell(report, path) as number;

const balanced = balancedReports({ result: 60, part: 20, carried: 12 });

/** A change of a figure to another valid figure. */
const changed = (value: number, delta: number): number => (value + delta >= 0 && delta !== 0 ? value + delta : value + Math.abs(delta) + 1);

describe('suspect: one mistyped figure in table 三', () => {
  it('the example report is balanced and names no suspect', () => {
    expect(sumFindings(fullReport)).toEqual([]);
  });

  it('names each of the 175 cells, with its original figure, on every sum finding (several slips each)', () => {
    expect(requestCells).toHaveLength(175);
    for (const cell of requestCells) {
      const original = numberAt(fullReport, cell);
      for (const typed of new Set([original + 1, original + 9, original * 10 + 3, Math.max(0, original - 1) === original ? original + 2 : original - 1])) {
        const findings = sumFindings(setCell(fullReport, cell, typed));
        expect(findings.length, `${cell} ${original}→${typed}`).toBeGreaterThanOrEqual(2);
        for (const finding of findings) expect(finding.suspect, `${cell} ${original}→${typed} ${finding.rule}`).toEqual({ cell, value: original });
      }
    }
  });

  it('in random balanced reports, one changed cell of table 三 is the suspect of every sum finding', () => {
    fc.assert(
      fc.property(balanced, fc.constantFrom(...requestCells), fc.integer({ min: -200, max: 200 }), (report, cell, delta) => {
        const original = numberAt(report, cell);
        const findings = sumFindings(setCell(report, cell, changed(original, delta)));
        expect(findings.length).toBeGreaterThan(0);
        for (const finding of findings) expect(finding.suspect).toEqual({ cell, value: original });
      }),
      { numRuns: 400 },
    );
  });

  it('a changed cell of table 四 names no suspect (five cells explain a group equally)', () => {
    for (const cell of appealCells) {
      const original = numberAt(fullReport, cell);
      const findings = sumFindings(setCell(fullReport, cell, original + 3));
      expect(findings.map((f) => f.rule)).toEqual(['appeal-total']);
      expect(findings[0]?.suspect).toBeUndefined();
    }
  });

  it('two changed cells: a suspect, when named, is one of them with its original figure', () => {
    const allCells = [...requestCells, ...appealCells];
    let named = 0;
    let none = 0;
    fc.assert(
      fc.property(
        balanced,
        fc.uniqueArray(fc.constantFrom(...allCells), { minLength: 2, maxLength: 2 }),
        fc.tuple(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -30, max: 30 })),
        (report, cells, deltas) => {
          const originals = new Map(cells.map((cell) => [cell, numberAt(report, cell)]));
          const typo = cells.reduce((r, cell, i) => setCell(r, cell, changed(originals.get(cell) ?? 0, deltas[i] ?? 1)), report);
          for (const finding of sumFindings(typo)) {
            if (finding.suspect === undefined) { none += 1; continue; }
            named += 1;
            expect(originals.has(finding.suspect.cell)).toBe(true);
            expect(finding.suspect.value).toBe(originals.get(finding.suspect.cell));
          }
        },
      ),
      { numRuns: 600 },
    );
    expect(none).toBeGreaterThan(0);
    expect(named).toBeGreaterThan(0); // one typo in 三 and one in 四 are two tables, each judged on its own
  });

  it('two changed cells in the same row or column of table 三 name no suspect', () => {
    fc.assert(
      fc.property(balanced, fc.constantFrom(...resultCells.map((c) => c.rowKeys.join('.'))), fc.uniqueArray(fc.constantFrom(...applicantColumns), { minLength: 2, maxLength: 2 }), fc.integer({ min: 1, max: 20 }), (report, row, columns, delta) => {
        const typo = columns.reduce((r, column) => setCell(r, `tables.requests.${row}.${column}`, numberAt(r, `tables.requests.${row}.${column}`) + delta), report);
        for (const finding of sumFindings(typo)) expect(finding.suspect).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('with blank cells around, a named suspect is still the changed cell', () => {
    fc.assert(
      fc.property(balanced, fc.constantFrom(...requestCells), fc.integer({ min: 1, max: 50 }), fc.uniqueArray(fc.constantFrom(...requestCells), { maxLength: 6 }), (report, cell, delta, blanks) => {
        const original = numberAt(report, cell);
        const typo = blanks.filter((b) => b !== cell).reduce((r, b) => setCell(r, b, null), setCell(report, cell, original + delta));
        for (const finding of sumFindings(typo)) {
          if (finding.suspect !== undefined) expect(finding.suspect).toEqual({ cell, value: original });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the clerk\'s case: 四、结转下年度 自然人 4 → 5 names that cell, not 一、本年新收', () => {
    const typo = setCell(fullReport, 'tables.requests.carriedForward.natural', 5);
    const findings = sumFindings(typo);
    expect(findings.map((f) => f.rule).sort()).toEqual(['balance', 'row-total']);
    for (const finding of findings) expect(finding.suspect).toEqual({ cell: 'tables.requests.carriedForward.natural', value: 4 });
  });
});
