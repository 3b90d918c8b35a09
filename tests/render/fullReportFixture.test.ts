import { describe, expect, it } from 'vitest';
import { cellCatalog } from '../../src/model/cellCatalog.ts';
import { getCell } from '../../src/model/cellAccess.ts';
import { reportSchema } from '../../src/model/reportSchema.ts';
import { textFields } from '../../src/model/textFields.ts';
import { validateReport } from '../../src/model/validateReport.ts';
import { fullReport } from '../fixtures/fullReport.ts';

// Others reuse the fixture as "a finished report": hold it to that.
describe('fixture fullReport', () => {
  it('is a valid report file with every one of the 200 cells a number', () => {
    expect(reportSchema.safeParse(fullReport).success).toBe(true);
    expect(cellCatalog).toHaveLength(200);
    expect(cellCatalog.filter((cell) => typeof getCell(fullReport, cell.path) !== 'number').map((c) => c.path)).toEqual([]);
  });

  it('balances and has nothing to report at stage final', () => {
    expect(validateReport(fullReport, { stage: 'final' })).toEqual([]);
  });

  it('has every text part written and some non-zero figure in every table', () => {
    expect(textFields(fullReport).filter((field) => field.value.trim() === '').map((f) => f.path)).toEqual([]);
    for (const table of ['active', 'requests', 'appeals'] as const) {
      expect(cellCatalog.filter((c) => c.table === table).some((c) => (getCell(fullReport, c.path) as number) > 0)).toBe(true);
    }
    expect(getCell(fullReport, 'tables.active.fees.amount')).toBe(1.25);
    expect(fullReport.meta.issuedOn).toBe('2026-01-20');
  });
});
