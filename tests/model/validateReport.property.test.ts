import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readReport } from '../../src/model/readReport.ts';
import { validateReport, validateTables } from '../../src/model/validateReport.ts';
import { cellCatalog } from '../../src/model/cellCatalog.ts';
import { getCell, setCell } from '../../src/model/cellAccess.ts';
import { sumRulesByCell } from '../../src/model/sumRules.ts';
import { balancedReports } from '../fixtures/balancedReports.ts';

const arithmeticRules = new Set(['balance', 'results-total', 'row-total', 'appeal-total']);
const balanced = balancedReports({ result: 50, part: 30, carried: 10 });

describe('validateReport properties', () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const read = readReport(json);
        if (read.ok) validateReport(read.report);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on report-shaped JSON with arbitrary cell values', () => {
    const cellValue = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.boolean(), fc.jsonValue());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...cellCatalog.map((c) => c.keys.join('.'))), cellValue), { maxLength: 30 }), (entries) => {
        const tables: Record<string, unknown> = {};
        for (const [keys, value] of entries) {
          const parts = keys.split('.');
          let node = tables as Record<string, unknown>;
          const table = cellCatalog.find((c) => c.keys.join('.') === keys)?.table ?? 'active';
          node[table] ??= {};
          node = node[table] as Record<string, unknown>;
          parts.slice(0, -1).forEach((p) => { node[p] ??= {}; node = node[p] as Record<string, unknown>; });
          node[parts.at(-1) ?? ''] = value;
        }
        const read = readReport({ format: 'gov-info-annual-report', version: 1, template: '2021', meta: { agency: 'x', year: 2024 }, tables });
        expect(read.ok).toBe(true);
        if (read.ok) validateReport(read.report);
      }),
      { numRuns: 200 },
    );
  });

  it('finds no arithmetic error in a report whose totals are computed from its parts', () => {
    fc.assert(
      fc.property(balanced, (report) => validateTables(report).filter((f) => arithmeticRules.has(f.rule)).length === 0),
      { numRuns: 100 },
    );
  });

  it('changing any one number of a balanced report yields exactly the findings the rules predict', () => {
    fc.assert(
      fc.property(balanced, fc.constantFrom(...cellCatalog.map((c) => c.path)), fc.integer({ min: 1, max: 20 }), (report, path, delta) => {
        const before = getCell(report, path);
        if (typeof before !== 'number') return false;
        const changed = setCell(report, path, before + delta);
        const found = validateTables(changed)
          .filter((f) => arithmeticRules.has(f.rule))
          .map((f) => `${f.rule}:${f.cells[0]}`)
          .sort();
        const predicted = (sumRulesByCell.get(path) ?? []).map((rule) => `${rule.rule}:${rule.cells[0]}`).sort();
        expect(found).toEqual(predicted);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
