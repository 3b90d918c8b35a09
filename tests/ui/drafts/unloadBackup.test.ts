// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import { createMemoryDraftStore } from '../../../src/ui/drafts/memoryDraftStore.ts';
import { clearBackup, restoreBackups, writeBackup } from '../../../src/ui/drafts/unloadBackup.ts';

describe('unload backup', () => {
  beforeEach(() => localStorage.clear());

  it('restores what was written while the tab closed when the store missed it', async () => {
    const store = createMemoryDraftStore();
    const draft = await store.create(emptyReport({ year: 2025, agency: '旧名称' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    writeBackup(draft.id, emptyReport({ year: 2025, agency: '关闭前刚改的名称' }));
    expect(await restoreBackups(store)).toBe(1);
    expect((await store.get(draft.id))?.report.meta.agency).toBe('关闭前刚改的名称');
    expect(localStorage.length).toBe(0);
  });

  it('ignores a backup older than the stored draft', async () => {
    const store = createMemoryDraftStore();
    const draft = await store.create(emptyReport({ year: 2025, agency: 'A' }));
    writeBackup(draft.id, emptyReport({ year: 2025, agency: '更早的' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.saveReport(draft.id, emptyReport({ year: 2025, agency: '已保存的' }));
    expect(await restoreBackups(store)).toBe(0);
    expect((await store.get(draft.id))?.report.meta.agency).toBe('已保存的');
  });

  it('forgets a backup once the store has it', async () => {
    writeBackup('x', emptyReport({ year: 2025, agency: 'A' }));
    clearBackup('x');
    expect(localStorage.length).toBe(0);
  });
});
