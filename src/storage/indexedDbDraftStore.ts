import type { Report } from '../model/reportSchema.ts';
import { byUpdatedDesc, newRecord, storedForm, type DamagedDraft, type DraftRecord, type DraftStore, type SaveResult } from './draftStore.ts';

const databaseName = 'gov-info-annual-report';
const storeName = 'drafts';

const promised = <T,>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

function openDatabase(): Promise<IDBDatabase> {
  const request = indexedDB.open(databaseName, 1);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(storeName)) request.result.createObjectStore(storeName, { keyPath: 'id' });
  };
  return promised(request);
}

/**
 * One read-write transaction: `body` reads and writes inside it. A write the browser refuses (quota) — thrown
 * at once or reported when the transaction aborts — rejects with that error, never an "uncaught exception".
 */
type Guard = (run: () => void) => void;

function readWrite<T>(database: IDBDatabase, body: (store: IDBObjectStore, settle: (value: T) => void, guard: Guard) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let transaction: IDBTransaction;
    try {
      transaction = database.transaction(storeName, 'readwrite');
    } catch (error) {
      reject(error);
      return;
    }
    let thrown: unknown;
    let result: T | undefined;
    const guard: Guard = (run) => {
      try {
        run();
      } catch (error) {
        thrown = error;
        try {
          transaction.abort();
        } catch {
          // Already finished: the error is reported below.
        }
      }
    };
    transaction.oncomplete = () => (thrown === undefined ? resolve(result as T) : reject(thrown));
    transaction.onabort = () => reject(thrown ?? transaction.error ?? new DOMException('IndexedDB transaction aborted', 'AbortError'));
    guard(() => body(transaction.objectStore(storeName), (value) => (result = value), guard));
  });
}

type Check = typeof import('./storedRecord.ts');

/** Drafts in IndexedDB (raw API; one object store keyed by draft id). Rejects when the browser refuses storage. */
export async function openIndexedDbDraftStore(): Promise<DraftStore> {
  const [database, check] = await Promise.all([openDatabase(), import('./storedRecord.ts') as Promise<Check>]);
  const known = new Map<string, number>();
  const readAll = async (): Promise<unknown[]> => promised(database.transaction(storeName, 'readonly').objectStore(storeName).getAll());
  const readOne = async (id: string): Promise<unknown> => promised(database.transaction(storeName, 'readonly').objectStore(storeName).get(id));
  const checked = (raw: unknown) => {
    try {
      return check.checkRecord(raw);
    } catch {
      return { ok: false as const, id: '', reason: '草稿记录无法读取' };
    }
  };

  // Read-modify-write in one transaction, so a write never undoes a rename or another tab's newer save.
  const update = <T,>(id: string, change: (old: DraftRecord | undefined, raw: unknown) => { next?: DraftRecord; result: T }): Promise<T> =>
    readWrite<T>(database, (store, settle, guard) => {
      const request = store.get(id);
      request.onsuccess = () =>
        guard(() => {
          const raw: unknown = request.result;
          const read = raw === undefined ? undefined : checked(raw);
          const { next, result } = change(read?.ok ? read.record : undefined, raw);
          settle(result);
          if (next) store.put(storedForm(next));
        });
    });

  return {
    kind: 'indexeddb',
    list: async () =>
      (await readAll())
        .map(checked)
        .flatMap((read) => (read.ok ? [read.record] : []))
        .sort(byUpdatedDesc),
    get: async (id) => {
      const raw = await readOne(id);
      const read = raw === undefined ? undefined : checked(raw);
      if (!read?.ok) return undefined;
      known.set(id, read.record.revision);
      return read.record;
    },
    create: async (report: Report, name?: string) => {
      const record = newRecord(report, name);
      await readWrite<void>(database, (store) => store.put(record));
      known.set(record.id, record.revision);
      return record;
    },
    saveReport: async (id, report, expectedRevision) => {
      const expected = expectedRevision ?? known.get(id);
      const result = await update<SaveResult>(id, (old, raw) => {
        const now = new Date().toISOString();
        const stored = old?.revision ?? (raw === undefined ? undefined : -1);
        // A damaged record under this id is never overwritten; a newer revision is never overwritten.
        if (stored === -1 || (stored !== undefined && expected !== undefined && stored !== expected)) {
          return { result: { ok: false, conflict: true, revision: stored ?? 0 } };
        }
        const revision = (stored ?? 0) + 1;
        const next: DraftRecord = old ? { ...old, report, updatedAt: now, revision } : { id, report, createdAt: now, updatedAt: now, revision };
        return { next, result: { ok: true, revision } };
      });
      if (result.ok) known.set(id, result.revision);
      return result;
    },
    knownRevision: (id) => known.get(id),
    rename: (id, name) =>
      update<void>(id, (old) => ({ ...(old ? { next: { ...old, name, updatedAt: new Date().toISOString() } } : {}), result: undefined })),
    remove: async (id) => {
      known.delete(id);
      await readWrite<void>(database, (store) => store.delete(id));
    },
    damaged: async () =>
      (await readAll()).flatMap((raw): DamagedDraft[] => {
        const read = checked(raw);
        if (read.ok) return [];
        const id = read.id || String((raw as { id?: unknown } | null)?.id ?? '');
        return [{ key: `draft:${id}`, source: 'draft', id, reason: read.reason, raw }];
      }),
  };
}
