import type { Report } from '../model/reportSchema.ts';

// IndexedDB writes started while a tab closes may never commit, and a write the browser refuses (quota)
// leaves the edit only in memory; localStorage writes are synchronous. So on pagehide, and after every
// failed save, the unsaved draft is also written here, and moved into the store on the next start.
export const prefix = 'gov-info-annual-report:unsaved:';
// Set while the last save of a draft failed: after a reload, the clerk is told the draft may be older.
export const failedPrefix = 'gov-info-annual-report:save-failed:';
// A backup that does not read as a report is moved here on start (never restored, never overwritten).
export const damagedPrefix = 'gov-info-annual-report:damaged-backup:';
// Drafts whose backup the store refused on start: their autosave writes it first.
const waiting = new Set<string>();

export type Backup = { readonly savedAt: string; readonly baseRevision?: number; readonly report: Report };

export const keysWith = (start: string): string[] => {
  try {
    return Object.keys(localStorage).filter((key) => key.startsWith(start));
  } catch {
    return [];
  }
};

export const remove = (key: string): void => {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage refused: nothing was written either.
  }
};

/** Writes the unsaved report synchronously; `baseRevision` is the stored revision it was edited from. */
export function writeBackup(draftId: string, report: Report, baseRevision?: number): boolean {
  try {
    const backup: Backup = { savedAt: new Date().toISOString(), report, ...(baseRevision === undefined ? {} : { baseRevision }) };
    localStorage.setItem(prefix + draftId, JSON.stringify(backup));
    return true;
  } catch {
    return false;
  }
}

export function clearBackup(draftId: string): void {
  waiting.delete(draftId);
  remove(prefix + draftId);
}

/** Whether the store refused this draft's backup on start (the app opened the draft with it). */
export function hasWaitingBackup(draftId: string): boolean {
  return waiting.has(draftId);
}

export function markSaveFailed(draftId: string): void {
  try {
    localStorage.setItem(failedPrefix + draftId, new Date().toISOString());
  } catch {
    // Nothing more can be kept; the page says so while it is open.
  }
}

export function clearSaveFailed(draftId: string): void {
  remove(failedPrefix + draftId);
}

/** The store refused this draft's backup on start: its autosave writes it first (see hasWaitingBackup). */
export function markWaiting(draftId: string): void {
  waiting.add(draftId);
}

/** A tab that only shows the draft (another tab edits it) never writes the waiting backup. */
export function forgetWaiting(draftId: string): void {
  waiting.delete(draftId);
}
