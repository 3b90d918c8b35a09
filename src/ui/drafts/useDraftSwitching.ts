import { useCallback, useState } from 'react';
import type { Report } from '../../model/reportSchema.ts';
import { rememberCurrentDraft } from '../../storage/currentDraft.ts';
import type { DraftRecord, DraftStore } from '../../storage/draftStore.ts';
import { isExampleDraft } from '../example/exampleIdentity.ts';
import { createDraftFlush, type DraftFlush } from './draftFlush.ts';

/** The draft open in this tab and the store it lives in. */
export type OpenDraft = { readonly store: DraftStore; readonly draft: DraftRecord };

export type DraftSwitching = {
  /** The open wizard's save, awaited before every switch. */
  readonly flush: DraftFlush;
  /** Shows this draft (already stored): remembered as the current one, the drafts list closed. */
  switchTo(draft: DraftRecord): void;
  /** A draft chosen in the list, read again from the store. */
  openDraft(record: DraftRecord): Promise<void>;
  /** A new draft with this report (empty, imported, next year's, the example). */
  createDraft(report: Report, name?: string): Promise<void>;
  /** The open draft was deleted: the newest other draft, else a new empty one. */
  currentRemoved(): Promise<void>;
  /** From the example back to the clerk's own report: the newest other draft, else a new empty one. */
  leaveExample(): Promise<void>;
};

/**
 * The draft-session controller: every way of leaving the open draft for another, each saving the open one
 * first. `show` puts the chosen draft on screen; `afterSwitch` closes the drafts list; `afterCreate` the welcome.
 */
export function useDraftSwitching(
  open: OpenDraft | null,
  show: (draft: DraftRecord) => void,
  afterSwitch: () => void,
  afterCreate: () => void,
  newEmptyReport: () => Report,
): DraftSwitching {
  const [flush] = useState(createDraftFlush);

  const switchTo = useCallback((draft: DraftRecord) => {
    rememberCurrentDraft(draft.id);
    show(draft);
    afterSwitch();
  }, [show, afterSwitch]);

  const openDraft = useCallback(async (record: DraftRecord) => {
    if (!open) return;
    await flush.flush();
    switchTo((await open.store.get(record.id)) ?? record);
  }, [open, flush, switchTo]);

  const createDraft = useCallback(async (report: Report, name?: string) => {
    if (!open) return;
    await flush.flush();
    switchTo(await open.store.create(report, name));
    afterCreate();
  }, [open, flush, switchTo, afterCreate]);

  const currentRemoved = useCallback(async () => {
    if (!open) return;
    const [newest] = (await open.store.list()).filter((record) => record.id !== open.draft.id);
    switchTo(newest ?? (await open.store.create(newEmptyReport())));
  }, [open, switchTo, newEmptyReport]);

  const leaveExample = useCallback(async () => {
    if (!open) return;
    await flush.flush();
    const mine = (await open.store.list()).find((record) => record.id !== open.draft.id && !isExampleDraft(record));
    switchTo(mine ?? (await open.store.create(newEmptyReport())));
  }, [open, flush, switchTo, newEmptyReport]);

  return { flush, switchTo, openDraft, createDraft, currentRemoved, leaveExample };
}
