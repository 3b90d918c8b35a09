import { useCallback, useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Report } from '../../model/reportSchema.ts';
import type { DraftStore } from './draftStore.ts';
import type { SaveStatusStore } from './saveStatus.ts';
import { flushPendingEdits } from '../typing/pendingEdits.ts';
import { clearBackup, writeBackup } from './unloadBackup.ts';

/** Longest a change waits before it is written (issue: nothing is lost on a crash). */
export const autosaveDelayMs = 250;

/**
 * Saves the form's report to the draft store after every change (debounced), and at once when the tab
 * is hidden, closed or the wizard unmounts.
 */
export function useAutosave(
  form: UseFormReturn<Report>,
  draftId: string,
  store: DraftStore,
  status: SaveStatusStore,
): () => Promise<void> {
  const flushRef = useRef<() => Promise<void>>(() => Promise.resolve());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let dirty = false;
    let last: Promise<void> = Promise.resolve();
    let backedUp = false;
    const flush = (): Promise<void> => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (!dirty) return last;
      dirty = false;
      // "Saving" shows while the write runs, not on each keystroke: a keystroke must not repaint the header.
      if (status.get().kind !== 'pending') status.set({ kind: 'pending' });
      // structuredClone: the form keeps mutating its own object; the store must get a snapshot.
      const snapshot = structuredClone(form.getValues());
      last = store.saveReport(draftId, snapshot).then(
        () => {
          if (dirty) return;
          status.set({ kind: 'saved', at: new Date() });
          if (backedUp) clearBackup(draftId);
          backedUp = false;
        },
        (error: unknown) => status.set({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
      return last;
    };
    flushRef.current = flush;
    const schedule = () => {
      dirty = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, autosaveDelayMs);
    };
    const unsubscribe = form.subscribe({ formState: { values: true }, callback: schedule });
    // Leaving the page: write a synchronous backup first, then start the IndexedDB write.
    const leave = () => {
      flushPendingEdits();
      if (dirty) backedUp = writeBackup(draftId, structuredClone(form.getValues())) || backedUp;
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
    };
  }, [form, draftId, store, status]);
  return useCallback(() => {
    flushPendingEdits();
    return flushRef.current();
  }, []);
}
