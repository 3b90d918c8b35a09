import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellCatalog } from '../../../src/model/cellCatalog.ts';
import { getCell, setCell } from '../../../src/model/cellAccess.ts';
import type { Finding } from '../../../src/model/finding.ts';
import { validateReport } from '../../../src/model/validateReport.ts';
import { cellMarks } from '../../../src/ui/grid/cellMarks.ts';
import { fullReport } from '../../fixtures/fullReport.ts';
import type { CellPath } from '../../../src/template/cellPathType.ts';

const paths = cellCatalog.map((c) => c.path);
const involving = (findings: readonly Finding[], path: CellPath) => findings.filter((f) => f.cells.includes(path) || f.suspect?.cell === path);

describe('cellMarks', () => {
  it('aria-invalid goes to each error\'s cells[0] and each suspect, nothing else; ✖ to one cell per explained slip', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...paths), { minLength: 1, maxLength: 2 }), fc.integer({ min: 1, max: 40 }), (cells, delta) => {
        const report = cells.reduce((r, path) => setCell(r, path, (getCell(r, path) as number) + delta), fullReport);
        const findings = validateReport(report);
        const errors = findings.filter((f) => f.severity === 'error');
        const expected = new Set(errors.flatMap((f) => [f.cells[0] ?? '', ...(f.suspect ? [f.suspect.cell] : [])]));
        for (const path of paths) {
          const marks = cellMarks(path, involving(findings, path));
          expect(marks.invalid, path).toBe(expected.has(path));
          if (marks.suspect) expect(marks.mark).toBe('error');
        }
        const suspects = new Set(errors.flatMap((f) => (f.suspect ? [f.suspect.cell] : [])));
        for (const suspect of suspects) {
          const marks = cellMarks(suspect, involving(findings, suspect));
          expect(marks.lines[0]).toMatch(/^此格可能输错：应为 \d+。$/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a 提醒 marked 已核实 gets the dashed frame and its reason in the tip; a blank cell while drafting no mark', () => {
    const warning: Finding = { severity: 'warning', rule: 'regulations-not-allowed', cells: ['tables.active.regulations.issued'], message: '表二「规章」一行填了数字', acknowledged: { reason: '有规章制定权', on: '2026-01-18' } };
    const marks = cellMarks('tables.active.regulations.issued', [warning]);
    expect(marks.mark).toBe('acknowledged');
    expect(marks.invalid).toBe(false);
    expect(marks.lines).toEqual(['已核实：表二「规章」一行填了数字（有规章制定权）']);
    const blank: Finding = { severity: 'warning', rule: 'blank-cell', cells: ['tables.active.fees.amount'], message: '未填写' };
    expect(cellMarks('tables.active.fees.amount', [blank]).mark).toBeUndefined();
  });
});
