import type { Report } from '../../model/reportSchema.ts';

/** A save refused because another tab stored a newer revision: the report this tab could not store. */
export type DraftConflict = { readonly draftId: string; readonly report: Report };

const listeners = new Set<(conflict: DraftConflict) => void>();

/** The app listens: the tab stops writing and offers to keep its edits as a new draft or load the newer one. */
export function onDraftConflict(listener: (conflict: DraftConflict) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportDraftConflict(conflict: DraftConflict): void {
  for (const listener of listeners) listener(conflict);
}
