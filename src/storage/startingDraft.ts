import type { Report } from '../model/reportSchema.ts';
import { recalledCurrentDraft } from './currentDraft.ts';
import { draftName } from './draftName.ts';
import type { DraftRecord, DraftStore } from './draftStore.ts';
import type { StartNotices } from './startNotices.ts';
import { damagedBackups, restoreBackups } from './restoreBackups.ts';

export type Started = { readonly draft: DraftRecord; readonly firstRun: boolean; readonly notices: StartNotices };

/**
 * The draft to open on start: the one open last, else the newest, else a new empty report (first run).
 * Backups are moved into the store first; every record is read through the store's checks, so a damaged
 * one is set aside and the others still open.
 */
export async function startingDraft(store: DraftStore, newEmptyReport: () => Report): Promise<Started> {
  const outcome = await restoreBackups(store);
  const [records, damaged, damagedBackupList] = await Promise.all([store.list(), store.damaged(), damagedBackups()]);
  const remembered = recalledCurrentDraft();
  const candidate = (remembered ? records.find((record) => record.id === remembered) : undefined) ?? records[0];
  const opened = candidate ? await store.get(candidate.id) : undefined;
  const firstRun = !opened && records.length === 0 && damaged.length === 0;
  const draft = opened ?? (await store.create(newEmptyReport()));
  const waiting = outcome.unsaved.get(draft.id);
  const lastFailed = outcome.lastSaveFailed.includes(draft.id);
  const notices: StartNotices = {
    restored: outcome.restored.length,
    copied: outcome.copied.map(draftName),
    damaged: damaged.length + damagedBackupList.length,
    repaired: records.filter((record) => record.repaired).map((record) => ({ name: draftName(record), fields: record.repaired ?? [] })),
    mayBeOlder: lastFailed && !waiting && !outcome.restored.includes(draft.id),
    stillUnsaved: waiting !== undefined,
  };
  return { draft: waiting ? { ...draft, report: waiting } : draft, firstRun, notices };
}

