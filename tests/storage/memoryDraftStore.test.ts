import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../src/model/emptyReport.ts';
import { draftName } from '../../src/storage/draftName.ts';
import { createMemoryDraftStore } from '../../src/storage/memoryDraftStore.ts';

describe('draft store (memory)', () => {
  it('keeps a rename when the report is saved again afterwards', async () => {
    const store = createMemoryDraftStore();
    const draft = await store.create(emptyReport({ year: 2025, agency: '某某县某某局' }));
    expect(draftName(draft)).toBe('某某县某某局 2025年度');
    await store.rename(draft.id, '交通局年报（初稿）');
    await store.saveReport(draft.id, emptyReport({ year: 2025, agency: '某某县交通运输局' }));
    const saved = await store.get(draft.id);
    expect(saved && draftName(saved)).toBe('交通局年报（初稿）');
    expect(saved?.report.meta.agency).toBe('某某县交通运输局');
  });

  it('lists the most recently changed draft first, and forgets deleted ones', async () => {
    const store = createMemoryDraftStore();
    const first = await store.create(emptyReport({ year: 2024, agency: '甲' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await store.create(emptyReport({ year: 2025, agency: '乙' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.saveReport(first.id, emptyReport({ year: 2024, agency: '甲（改）' }));
    expect((await store.list()).map((d) => d.id)).toEqual([first.id, second.id]);
    await store.remove(first.id);
    expect((await store.list()).map((d) => d.id)).toEqual([second.id]);
  });
});

describe('draft store revisions (compare-and-set)', () => {
  it('writes only over the revision it started from, and says when another write came first', async () => {
    const store = createMemoryDraftStore();
    const draft = await store.create(emptyReport({ year: 2025, agency: '甲' }));
    expect(draft.revision).toBe(1);
    expect(await store.saveReport(draft.id, emptyReport({ year: 2025, agency: '乙' }))).toEqual({ ok: true, revision: 2 });
    expect(store.knownRevision(draft.id)).toBe(2);
    expect(await store.saveReport(draft.id, emptyReport({ year: 2025, agency: '旧的' }), 1)).toEqual({ ok: false, conflict: true, revision: 2 });
    expect((await store.get(draft.id))?.report.meta.agency).toBe('乙');
    await store.rename(draft.id, '改名不算新内容');
    expect(await store.saveReport(draft.id, emptyReport({ year: 2025, agency: '丙' }))).toEqual({ ok: true, revision: 3 });
  });
});
