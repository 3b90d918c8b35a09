import type { Report } from '../model/reportSchema.ts';
import type { DamagedDraft, DraftRecord, DraftStore } from './draftStore.ts';
import { damagedPrefix, failedPrefix, keysWith, markWaiting, prefix, remove, type Backup } from './unloadBackup.ts';

// On start (loaded with the start, not the first script): unload backups moved into the store where that
// overwrites nothing newer; damaged ones set aside, never restored.

export type RestoreOutcome = {
  /** Drafts whose unsaved edits were moved into the store. */
  readonly restored: string[];
  /** Backups made from an older revision than the stored one, kept as new drafts (nothing overwritten). */
  readonly copied: DraftRecord[];
  /** Backups the store still refused to take: the app opens the draft with these and keeps retrying. */
  readonly unsaved: Map<string, Report>;
  /** Backups that do not read as a report: left where they are, listed as damaged, never restored. */
  damaged: number;
  /** Drafts whose last save had failed (read once: the marks are cleared). */
  readonly lastSaveFailed: string[];
};

type Check = typeof import('./storedRecord.ts');

function readBackup(check: Check, key: string): { ok: true; backup: Backup } | { ok: false; reason: string; raw: unknown } {
  let text: string | null = null;
  let json: unknown;
  try {
    text = localStorage.getItem(key);
    json = JSON.parse(text ?? 'null');
  } catch {
    return { ok: false, reason: '本机备份不是有效的 JSON', raw: text };
  }
  const candidate = json as Partial<Backup> | null;
  if (candidate === null || typeof candidate !== 'object') return { ok: false, reason: '本机备份不完整', raw: json };
  // Strict: a backup is restored over a draft only when it reads as a report exactly as it is.
  const read = check.checkReport(candidate.report, false);
  if (!read.ok) return { ok: false, reason: read.reason, raw: json };
  const savedAt = typeof candidate.savedAt === 'string' ? candidate.savedAt : '';
  const base = typeof candidate.baseRevision === 'number' ? { baseRevision: candidate.baseRevision } : {};
  return { ok: true, backup: { savedAt, report: read.report, ...base } };
}

/** Backups that do not read as a report (their raw data kept for a file). */
export async function damagedBackups(): Promise<DamagedDraft[]> {
  const check = (await import('./storedRecord.ts')) as Check;
  return keysWith(damagedPrefix).flatMap((key): DamagedDraft[] => {
    const read = readBackup(check, key);
    const id = key.slice(damagedPrefix.length);
    return read.ok ? [] : [{ key: `backup:${id}`, source: 'backup', id, reason: read.reason, raw: read.raw }];
  });
}

/** Forgets a damaged backup (`id` as damagedBackups() gives it). */
export function removeDamagedBackup(id: string): void {
  remove(damagedPrefix + id);
}

const sameReport = (a: Report, b: Report) => JSON.stringify(a) === JSON.stringify(b);

/** Moves backups into the store where that overwrites nothing newer; see RestoreOutcome. */
export async function restoreBackups(store: DraftStore): Promise<RestoreOutcome> {
  const check = (await import('./storedRecord.ts')) as Check;
  const outcome: RestoreOutcome = { restored: [], copied: [], unsaved: new Map(), damaged: 0, lastSaveFailed: [] };
  for (const key of keysWith(failedPrefix)) {
    outcome.lastSaveFailed.push(key.slice(failedPrefix.length));
    remove(key);
  }
  for (const key of keysWith(prefix)) {
    const draftId = key.slice(prefix.length);
    const read = readBackup(check, key);
    if (!read.ok) {
      outcome.damaged += 1;
      try {
        localStorage.setItem(`${damagedPrefix}${draftId}:${Date.now().toString(36)}`, localStorage.getItem(key) ?? '');
        localStorage.removeItem(key);
      } catch {
        // Left where it is; it is still never restored.
      }
      continue;
    }
    const { backup } = read;
    try {
      const stored = await store.get(draftId);
      if (stored && sameReport(stored.report, backup.report)) {
        remove(key);
        continue;
      }
      if (stored && backup.baseRevision === undefined && stored.updatedAt >= backup.savedAt) {
        remove(key); // a backup of the old kind, older than what the store has
        continue;
      }
      if (stored && backup.baseRevision !== undefined && stored.revision !== backup.baseRevision) {
        // Another tab (or a later save) stored newer work: keep both, overwrite nothing.
        outcome.copied.push(await store.create(backup.report, `${stored.name ?? (backup.report.meta.agency.trim() || '未命名')}（未保存的修改）`));
        remove(key);
        continue;
      }
      const saved = await store.saveReport(draftId, backup.report, stored ? stored.revision : undefined);
      if (saved.ok) {
        outcome.restored.push(draftId);
        remove(key);
      } else {
        outcome.copied.push(await store.create(backup.report, `${backup.report.meta.agency.trim() || '未命名'}（未保存的修改）`));
        remove(key);
      }
    } catch {
      // The store still refuses: the backup stays, and the app opens the draft with it.
      outcome.unsaved.set(draftId, backup.report);
      markWaiting(draftId);
    }
  }
  return outcome;
}
