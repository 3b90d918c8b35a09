import { byUpdatedDesc, newRecord, type DraftRecord, type DraftStore } from './draftStore.ts';

/** Drafts held in memory: used when the browser refuses IndexedDB (the clerk is told to save to a file). */
export function createMemoryDraftStore(initial: readonly DraftRecord[] = []): DraftStore {
  const records = new Map(initial.map((record) => [record.id, record]));
  const known = new Map<string, number>();
  const now = () => new Date().toISOString();
  return {
    kind: 'memory',
    list: async () => [...records.values()].sort(byUpdatedDesc),
    get: async (id) => {
      const record = records.get(id);
      if (record) known.set(id, record.revision);
      return record;
    },
    create: async (report, name) => {
      const record = newRecord(report, name);
      records.set(record.id, record);
      known.set(record.id, record.revision);
      return record;
    },
    saveReport: async (id, report, expectedRevision) => {
      const old = records.get(id);
      const expected = expectedRevision ?? known.get(id);
      if (old && expected !== undefined && old.revision !== expected) return { ok: false, conflict: true, revision: old.revision };
      const revision = (old?.revision ?? 0) + 1;
      records.set(id, old ? { ...old, report, updatedAt: now(), revision } : { id, report, createdAt: now(), updatedAt: now(), revision });
      known.set(id, revision);
      return { ok: true, revision };
    },
    knownRevision: (id) => known.get(id),
    rename: async (id, name) => {
      const old = records.get(id);
      if (old) records.set(id, { ...old, name, updatedAt: now() });
    },
    remove: async (id) => {
      records.delete(id);
      known.delete(id);
    },
    damaged: async () => [],
  };
}
