/** What the clerk is told after the start: restored, set-aside and repaired drafts, and possible loss. */
export type StartNotices = {
  /** Drafts whose unsaved edits came back from the unload backup. */
  readonly restored: number;
  /** Unsaved edits of an older revision, kept as new drafts under these names. */
  readonly copied: readonly string[];
  /** Stored drafts and backups that cannot be read, set aside. */
  readonly damaged: number;
  /** Drafts read with some values replaced: name and the paths replaced. */
  readonly repaired: readonly { readonly name: string; readonly fields: readonly string[] }[];
  /** The open draft's last save failed and nothing newer was kept: it may be older than what was typed. */
  readonly mayBeOlder: boolean;
  /** The open draft shows edits from the backup that the browser still refuses to store. */
  readonly stillUnsaved: boolean;
};

/** Whether a start has anything to tell (the notices' text loads only then). */
export function hasNotices(notices: StartNotices): boolean {
  return notices.stillUnsaved || notices.mayBeOlder || notices.restored > 0 || notices.copied.length > 0 || notices.damaged > 0 || notices.repaired.length > 0;
}
