import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import { checkRecord } from '../../../src/ui/drafts/storedRecord.ts';

const record = (report: unknown) => ({ id: 'd1', report, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', revision: 3 });

describe('stored drafts are read with the report file schema', () => {
  it('opens a good record as it is', () => {
    const read = checkRecord(record(emptyReport({ year: 2025, agency: '某某县某某局' })));
    expect(read.ok && read.record.report.meta.agency).toBe('某某县某某局');
    expect(read.ok && read.record.repaired).toBeUndefined();
  });

  it('repairs values of a wrong type (agency a number, text null) and says which', () => {
    const good = emptyReport({ year: 2025, agency: '' });
    const broken = { ...good, meta: { ...good.meta, agency: 12345 }, text: { ...good.text, active: null, problems: 7 } };
    const read = checkRecord(record(broken));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.record.report.meta.agency).toBe('12345');
    expect(read.record.report.text.active).toBe('');
    expect(read.record.report.text.problems).toBe('7');
    expect(read.record.repaired).toEqual(expect.arrayContaining(['meta.agency', 'text.active', 'text.problems']));
    expect(read.record.revision).toBe(3);
  });

  it('sets aside what is not a report at all, with a Chinese reason', () => {
    for (const report of [null, 'text', [], { format: 'other' }, { ...emptyReport({ year: 2025, agency: '' }), meta: 'x' }]) {
      const read = checkRecord(record(report));
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.reason).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(checkRecord(null).ok).toBe(false);
    expect(checkRecord({ report: emptyReport({ year: 2025, agency: '' }) }).ok).toBe(false);
  });

  it('puts the record fields right (a revision missing counts as 0)', () => {
    const read = checkRecord({ id: 'd2', report: emptyReport({ year: 2025, agency: 'A' }), createdAt: 5, name: 7 });
    expect(read.ok && read.record.revision).toBe(0);
    expect(read.ok && typeof read.record.createdAt).toBe('string');
    expect(read.ok && read.record.name).toBeUndefined();
  });
});
