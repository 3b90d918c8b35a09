import type { Report } from '../../model/reportSchema.ts';

/** One saved draft: the report as the form holds it, plus the clerk's own name for it. */
export type DraftRecord = {
  readonly id: string;
  /** Set when the clerk renames the draft; otherwise the name comes from the report. */
  readonly name?: string;
  readonly report: Report;
  readonly createdAt: string;
  readonly updatedAt: string;
};

/** Where drafts live: IndexedDB in the browser, memory where the browser refuses storage. */
export type DraftStore = {
  readonly kind: 'indexeddb' | 'memory';
  list(): Promise<DraftRecord[]>;
  get(id: string): Promise<DraftRecord | undefined>;
  create(report: Report, name?: string): Promise<DraftRecord>;
  /** Replaces the report of a draft, keeping its name; creates the draft when it is missing. */
  saveReport(id: string, report: Report): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
};

// crypto.randomUUID needs a secure context, which an intranet http:// server is not.
export function newDraftId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function newRecord(report: Report, name?: string): DraftRecord {
  const now = new Date().toISOString();
  return { id: newDraftId(), report, createdAt: now, updatedAt: now, ...(name ? { name } : {}) };
}

/** Newest first, so the draft worked on last is at the top. */
export function byUpdatedDesc(a: DraftRecord, b: DraftRecord): number {
  return b.updatedAt.localeCompare(a.updatedAt);
}
