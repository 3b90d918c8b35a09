import type { Report } from '../../model/reportSchema.ts';
import { byUpdatedDesc, newRecord, type DraftRecord, type DraftStore } from './draftStore.ts';

const databaseName = 'gov-info-annual-report';
const storeName = 'drafts';

const promised = <T,>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const completed = (transaction: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });

function openDatabase(): Promise<IDBDatabase> {
  const request = indexedDB.open(databaseName, 1);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(storeName)) request.result.createObjectStore(storeName, { keyPath: 'id' });
  };
  return promised(request);
}

// Read-modify-write in one transaction, so an autosave never undoes a rename made meanwhile.
async function update(database: IDBDatabase, id: string, change: (old: DraftRecord | undefined) => DraftRecord | undefined): Promise<void> {
  const transaction = database.transaction(storeName, 'readwrite');
  const store = transaction.objectStore(storeName);
  const request = store.get(id);
  request.onsuccess = () => {
    const next = change(request.result as DraftRecord | undefined);
    if (next) store.put(next);
  };
  await completed(transaction);
}

/** Drafts in IndexedDB (raw API; one object store keyed by draft id). Rejects when the browser refuses storage. */
export async function openIndexedDbDraftStore(): Promise<DraftStore> {
  const database = await openDatabase();
  const read = <T,>(run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> =>
    promised(run(database.transaction(storeName, 'readonly').objectStore(storeName)));
  const write = async (run: (store: IDBObjectStore) => void): Promise<void> => {
    const transaction = database.transaction(storeName, 'readwrite');
    run(transaction.objectStore(storeName));
    await completed(transaction);
  };
  return {
    kind: 'indexeddb',
    list: async () => ((await read((store) => store.getAll())) as DraftRecord[]).sort(byUpdatedDesc),
    get: async (id) => (await read((store) => store.get(id))) as DraftRecord | undefined,
    create: async (report: Report, name?: string) => {
      const record = newRecord(report, name);
      await write((store) => store.put(record));
      return record;
    },
    saveReport: (id, report) =>
      update(database, id, (old) => {
        const now = new Date().toISOString();
        return old ? { ...old, report, updatedAt: now } : { id, report, createdAt: now, updatedAt: now };
      }),
    rename: (id, name) => update(database, id, (old) => (old ? { ...old, name, updatedAt: new Date().toISOString() } : undefined)),
    remove: (id) => write((store) => store.delete(id)),
  };
}
