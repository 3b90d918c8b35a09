// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyReport } from '../../src/model/emptyReport.ts';
import { createMemoryDraftStore } from '../../src/storage/memoryDraftStore.ts';
import { damagedBackups, restoreBackups } from '../../src/storage/restoreBackups.ts';
import { clearBackup, markSaveFailed, writeBackup } from '../../src/storage/unloadBackup.ts';

const backupKey = (id: string) => `gov-info-annual-report:unsaved:${id}`;

describe('unload backup', () => {
  beforeEach(() => localStorage.clear());

  it('restores what was written while the tab closed when the store missed it', async () => {
    const store = createMemoryDraftStore();
    const draft = await store.create(emptyReport({ year: 2025, agency: '旧名称' }));
    writeBackup(draft.id, emptyReport({ year: 2025, agency: '关闭前刚改的名称' }), draft.revision);
    const outcome = await restoreBackups(store);
    expect(outcome.restored).toEqual([draft.id]);
    expect((await store.get(draft.id))?.report.meta.agency).toBe('关闭前刚改的名称');
    expect(localStorage.length).toBe(0);
  });

  it('never overwrites a newer revision: the backup becomes a new draft', async () => {
    const store = createMemoryDraftStore();
    const draft = await store.create(emptyReport({ year: 2025, agency: 'A' }));
    writeBackup(draft.id, emptyReport({ year: 2025, agency: '本页未保存的' }), draft.revision);
    await store.saveReport(draft.id, emptyReport({ year: 2025, agency: '另一个标签页保存的' }));
    const outcome = await restoreBackups(store);
    expect(outcome.restored).toEqual([]);
    expect((await store.get(draft.id))?.report.meta.agency).toBe('另一个标签页保存的');
    expect(outcome.copied.map((record) => record.report.meta.agency)).toEqual(['本页未保存的']);
    expect((await store.list()).length).toBe(2);
  });

  it('a damaged backup never overwrites a good draft, and is kept (raw) for a file', async () => {
    const store = createMemoryDraftStore();
    const draft = await store.create(emptyReport({ year: 2025, agency: '好的草稿' }));
    const broken = { ...emptyReport({ year: 2025, agency: '' }), meta: { agency: 12, year: 2025 }, text: null };
    localStorage.setItem(backupKey(draft.id), JSON.stringify({ savedAt: new Date(Date.now() + 60_000).toISOString(), report: broken }));
    localStorage.setItem(backupKey('other'), '{ not json');
    const outcome = await restoreBackups(store);
    expect(outcome.damaged).toBe(2);
    expect((await store.get(draft.id))?.report.meta.agency).toBe('好的草稿');
    const damaged = await damagedBackups();
    expect(damaged.map((entry) => entry.source)).toEqual(['backup', 'backup']);
    expect(JSON.stringify(damaged.map((entry) => entry.raw))).toContain('"agency":12');
    // Still set aside on the next start, and still not restored.
    expect((await restoreBackups(store)).damaged).toBe(0);
    expect((await damagedBackups()).length).toBe(2);
  });

  it('keeps the backup when the store still refuses it, and reports the failed save once', async () => {
    const store = createMemoryDraftStore();
    const draft = await store.create(emptyReport({ year: 2025, agency: 'A' }));
    writeBackup(draft.id, emptyReport({ year: 2025, agency: '未保存的' }), draft.revision);
    markSaveFailed(draft.id);
    const refusing = { ...store, saveReport: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
    const outcome = await restoreBackups(refusing);
    expect(outcome.unsaved.get(draft.id)?.meta.agency).toBe('未保存的');
    expect(outcome.lastSaveFailed).toEqual([draft.id]);
    expect(localStorage.getItem(backupKey(draft.id))).not.toBeNull();
    expect((await restoreBackups(refusing)).lastSaveFailed).toEqual([]);
  });

  it('forgets a backup once the store has it', async () => {
    writeBackup('x', emptyReport({ year: 2025, agency: 'A' }));
    clearBackup('x');
    expect(localStorage.length).toBe(0);
  });
});
