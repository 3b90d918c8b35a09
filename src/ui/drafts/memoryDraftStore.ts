import { byUpdatedDesc, newRecord, type DraftRecord, type DraftStore } from './draftStore.ts';

/** Drafts held in memory: used when the browser refuses IndexedDB (the clerk is told to save to a file). */
export function createMemoryDraftStore(initial: readonly DraftRecord[] = []): DraftStore {
  const records = new Map(initial.map((record) => [record.id, record]));
  const now = () => new Date().toISOString();
  return {
    kind: 'memory',
    list: async () => [...records.values()].sort(byUpdatedDesc),
    get: async (id) => records.get(id),
    create: async (report, name) => {
      const record = newRecord(report, name);
      records.set(record.id, record);
      return record;
    },
    saveReport: async (id, report) => {
      const old = records.get(id);
      records.set(id, old ? { ...old, report, updatedAt: now() } : { id, report, createdAt: now(), updatedAt: now() });
    },
    rename: async (id, name) => {
      const old = records.get(id);
      if (old) records.set(id, { ...old, name, updatedAt: now() });
    },
    remove: async (id) => {
      records.delete(id);
    },
  };
}
