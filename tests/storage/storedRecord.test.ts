import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../src/model/emptyReport.ts';
import { checkRecord } from '../../src/storage/storedRecord.ts';

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

  it('sets aside, never blanks, a record whose tables were replaced by a 2-million-element array (issue 23, LOW 10)', () => {
    const good = emptyReport({ year: 2025, agency: '某某县某某局' });
    const huge = Array.from({ length: 2_000_000 }, (_, i) => i % 10);
    for (const report of [{ ...good, tables: huge }, { ...good, tables: { ...good.tables, requests: huge } }, { ...good, text: { ...good.text, active: ['一', '二'] } }]) {
      const read = checkRecord(record(report));
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.reason).toMatch(/原样另存，不作修补/);
    }
  });

  it('puts the record fields right (a revision missing counts as 0)', () => {
    const read = checkRecord({ id: 'd2', report: emptyReport({ year: 2025, agency: 'A' }), createdAt: 5, name: 7 });
    expect(read.ok && read.record.revision).toBe(0);
    expect(read.ok && typeof read.record.createdAt).toBe('string');
    expect(read.ok && read.record.name).toBeUndefined();
  });
});

describe('damaged stored drafts, at random', () => {
  // A small deterministic generator: the same 400 damages on every run.
  let seed = 12;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const junk = [null, 0, -1, 1e308, '', '文字', true, [], {}, [1, '二'], { a: { b: null } }, undefined];

  function paths(node: unknown, prefix: string[] = []): string[][] {
    if (node === null || typeof node !== 'object') return [prefix];
    return [prefix, ...Object.entries(node).flatMap(([key, child]) => paths(child, [...prefix, key]))];
  }

  it('never throws; what opens reads as a report file, what does not is set aside with a reason', async () => {
    const { readReport } = await import('../../src/model/readReport.ts');
    const good = record(emptyReport({ year: 2025, agency: '某某县某某局' }));
    const all = paths(good);
    let opened = 0;
    let setAside = 0;
    for (let i = 0; i < 400; i += 1) {
      const damaged = structuredClone(good) as Record<string, unknown>;
      for (let n = 0; n < 1 + Math.floor(random() * 3); n += 1) {
        const path = pick(all);
        if (path.length === 0) continue;
        let node = damaged as Record<string, unknown>;
        for (const key of path.slice(0, -1)) node = (node?.[key] ?? {}) as Record<string, unknown>;
        if (node && typeof node === 'object') node[path[path.length - 1]!] = structuredClone(pick(junk));
      }
      const read = checkRecord(damaged);
      if (read.ok) {
        opened += 1;
        expect(readReport(read.record.report).ok).toBe(true);
      } else {
        setAside += 1;
        expect(read.reason).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(opened).toBeGreaterThan(100);
    expect(setAside).toBeGreaterThan(0);
  });
});
