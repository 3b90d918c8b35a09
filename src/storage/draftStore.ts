import type { Report } from '../model/reportSchema.ts';

/** One saved draft: the report as the form holds it, plus the clerk's own name for it. */
export type DraftRecord = {
  readonly id: string;
  /** Set when the clerk renames the draft; otherwise the name comes from the report. */
  readonly name?: string;
  readonly report: Report;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Counts the writes of the report; a write states the revision it started from (compare-and-set). */
  readonly revision: number;
  /** Set when reading the stored record had to repair it: the paths of the values replaced (never stored). */
  readonly repaired?: readonly string[];
};

/** A stored draft or backup that does not read as a report: set aside, its raw data kept for a file. */
export type DamagedDraft = {
  /** Where it lies: `draft:<id>` in the store, `backup:<id>` in the unload backup. */
  readonly key: string;
  readonly source: 'draft' | 'backup';
  readonly id: string;
  /** One Chinese line: why it cannot be opened. */
  readonly reason: string;
  /** The stored data as it is, for 保存为文件. */
  readonly raw: unknown;
};

/** A report write: stored with its new revision, or refused because another tab stored a newer one. */
export type SaveResult = { readonly ok: true; readonly revision: number } | { readonly ok: false; readonly conflict: true; readonly revision: number };

/** Where drafts live: IndexedDB in the browser, memory where the browser refuses storage. */
export type DraftStore = {
  readonly kind: 'indexeddb' | 'memory';
  /** The drafts that read as reports (repaired where possible), newest first. */
  list(): Promise<DraftRecord[]>;
  /** Opens a draft: its revision becomes the one this tab's next write of the report must start from. */
  get(id: string): Promise<DraftRecord | undefined>;
  create(report: Report, name?: string): Promise<DraftRecord>;
  /**
   * Replaces the report of a draft, keeping its name; creates the draft when it is missing. Writes only when
   * the stored revision is `expectedRevision` (default: the one this tab opened or wrote last), in one
   * transaction. Rejects when the browser refuses the write (quota).
   */
  saveReport(id: string, report: Report, expectedRevision?: number): Promise<SaveResult>;
  /** The revision this tab opened or wrote last. */
  knownRevision(id: string): number | undefined;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** Stored drafts that could not be read as reports (kept as they are, never overwritten). */
  damaged(): Promise<DamagedDraft[]>;
};

// crypto.randomUUID needs a secure context, which an intranet http:// server is not.
export function newDraftId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function newRecord(report: Report, name?: string): DraftRecord {
  const now = new Date().toISOString();
  return { id: newDraftId(), report, createdAt: now, updatedAt: now, revision: 1, ...(name ? { name } : {}) };
}

/** What is stored: the record without what reading it added. */
export function storedForm(record: DraftRecord): DraftRecord {
  const { repaired: _repaired, ...stored } = record;
  return stored;
}

/** Newest first, so the draft worked on last is at the top. */
export function byUpdatedDesc(a: DraftRecord, b: DraftRecord): number {
  return b.updatedAt.localeCompare(a.updatedAt);
}
