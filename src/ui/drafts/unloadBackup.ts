import type { Report } from '../../model/reportSchema.ts';
import type { DraftStore } from './draftStore.ts';

// IndexedDB writes started while a tab closes may never commit; localStorage writes are synchronous.
// So on pagehide the draft is also written here, and moved into the store on the next start.
const prefix = 'gov-info-annual-report:unsaved:';

type Backup = { readonly savedAt: string; readonly report: Report };

export function writeBackup(draftId: string, report: Report): boolean {
  try {
    localStorage.setItem(prefix + draftId, JSON.stringify({ savedAt: new Date().toISOString(), report } satisfies Backup));
    return true;
  } catch {
    return false;
  }
}

export function clearBackup(draftId: string): void {
  try {
    localStorage.removeItem(prefix + draftId);
  } catch {
    // Storage refused: nothing was written either.
  }
}

/** Moves backups newer than their stored draft into the store; returns how many were restored. */
export async function restoreBackups(store: DraftStore): Promise<number> {
  let keys: string[];
  try {
    keys = Object.keys(localStorage).filter((key) => key.startsWith(prefix));
  } catch {
    return 0;
  }
  let restored = 0;
  for (const key of keys) {
    const draftId = key.slice(prefix.length);
    try {
      const backup = JSON.parse(localStorage.getItem(key) ?? 'null') as Backup | null;
      const stored = await store.get(draftId);
      if (backup && (!stored || stored.updatedAt < backup.savedAt)) {
        await store.saveReport(draftId, backup.report);
        restored += 1;
      }
      localStorage.removeItem(key);
    } catch {
      // A backup that cannot be read or stored stays where it is for the next start.
    }
  }
  return restored;
}
