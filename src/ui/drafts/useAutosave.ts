import { useCallback, useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Report } from '../../model/reportSchema.ts';
import type { DraftStore } from '../../storage/draftStore.ts';
import type { SaveStatusStore } from './saveStatus.ts';
import { flushPendingEdits } from '../typing/pendingEdits.ts';
import { reportDraftConflict } from './draftEvents.ts';
import { backupLostMessage, conflictMessage, saveFailureMessage } from './saveFailure.ts';
import { clearBackup, clearSaveFailed, hasWaitingBackup, markSaveFailed, writeBackup } from '../../storage/unloadBackup.ts';

/** A change is written after this much quiet… */
export const autosaveDelayMs = 250;
/** …or, while typing goes on, at most this long after the first unsaved change (a crash loses ≤ ~1 s). */
export const autosaveMaxWaitMs = 1000;
/** After a refused write, the next attempt comes this much later (or with the next change's save). */
export const autosaveRetryMs = 3000;

/**
 * Saves the form's report to the draft store after every change (debounced, with a maximum wait), and at
 * once when the tab is hidden, closed or the wizard unmounts. Writes run one after another, each from the
 * revision the last one stored. A refused write keeps the edit (form and synchronous backup), says so and
 * retries; a write refused because another tab stored newer work stops this tab's writes and tells the app.
 */
export function useAutosave(
  form: UseFormReturn<Report>,
  draftId: string,
  store: DraftStore,
  status: SaveStatusStore,
): () => Promise<void> {
  const flushRef = useRef<() => Promise<void>>(() => Promise.resolve());
  useEffect(() => {
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    let maxTimer: ReturnType<typeof setTimeout> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    // A backup still waiting (the store refused it on start) is unsaved work: write it first.
    let dirty = hasWaitingBackup(draftId);
    let failing = dirty;
    let stopped = false;
    let unmounted = false;
    let last: Promise<void> = Promise.resolve();
    const clearTimers = () => {
      for (const timer of [quietTimer, maxTimer, retryTimer]) if (timer !== undefined) clearTimeout(timer);
      quietTimer = maxTimer = retryTimer = undefined;
    };
    const backup = () => writeBackup(draftId, structuredClone(form.getValues()), store.knownRevision(draftId));

    const write = async (): Promise<void> => {
      if (!dirty || stopped) return;
      dirty = false;
      // "Saving" shows while the write runs, not on each keystroke: a keystroke must not repaint the header.
      if (!failing && status.get().kind !== 'pending') status.set({ kind: 'pending' });
      // structuredClone: the form keeps mutating its own object; the store must get a snapshot.
      const snapshot = structuredClone(form.getValues());
      if (failing && !writeBackup(draftId, snapshot, store.knownRevision(draftId))) {
        status.set({ kind: 'failed', message: backupLostMessage });
      }
      try {
        const result = await store.saveReport(draftId, snapshot);
        if (!result.ok) {
          stopped = true;
          clearTimers();
          status.set({ kind: 'failed', message: conflictMessage });
          reportDraftConflict({ draftId, report: structuredClone(form.getValues()) });
          return;
        }
        if (failing) clearSaveFailed(draftId);
        failing = false;
        if (dirty) return;
        clearBackup(draftId);
        status.set({ kind: 'saved', at: new Date() });
      } catch (error) {
        dirty = true;
        const kept = backup();
        if (!failing) markSaveFailed(draftId);
        failing = true;
        status.set({ kind: 'failed', message: kept ? saveFailureMessage(error) : `${saveFailureMessage(error)}${backupLostMessage}` });
        if (retryTimer === undefined && !stopped && !unmounted) retryTimer = setTimeout(flush, autosaveRetryMs);
      }
    };
    const flush = (): Promise<void> => {
      clearTimers();
      last = last.then(write);
      return last;
    };
    flushRef.current = flush;
    const schedule = () => {
      dirty = true;
      if (stopped) return;
      if (quietTimer !== undefined) clearTimeout(quietTimer);
      quietTimer = setTimeout(flush, autosaveDelayMs);
      maxTimer ??= setTimeout(flush, autosaveMaxWaitMs);
    };
    if (dirty) schedule();
    const unsubscribe = form.subscribe({ formState: { values: true }, callback: schedule });
    // Leaving the page: write a synchronous backup first, then start the IndexedDB write.
    const leave = () => {
      flushPendingEdits();
      if (dirty && !stopped) backup();
      void flush();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    const onPageHide = () => leave();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      // The wizard goes before its grids and fields do: their waiting figures are written first.
      flushPendingEdits();
      unsubscribe();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
      unmounted = true;
    };
  }, [form, draftId, store, status]);
  return useCallback(() => {
    flushPendingEdits();
    return flushRef.current();
  }, []);
}
