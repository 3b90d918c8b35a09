import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { isCellPath } from '../../model/cellCatalog.ts';
import type { CellValue } from '../../model/cellValue.ts';
import type { Report } from '../../model/reportSchema.ts';
import { toCellValue } from '../grid/toCellValue.ts';
import { createPauseScheduler } from '../wizard/pauseScheduler.ts';
import type { FindingsStore } from './findingsStore.ts';

/**
 * The full check (text, meta, across tables) of a wizard: once at the start, when `recheckWhen` settles (the
 * text checks' own chunk), and after each pause in typing — a longer pause after a cell, which checks itself
 * at once, than after text.
 */
export type FullChecks = { readonly textPauseMs: number; readonly cellPauseMs: number; readonly recheckWhen?: () => Promise<unknown> };

/**
 * The findings store listens to the form, and nobody else writes it: a table cell written by anyone (a
 * keystroke, a paste, undo, a fill, the ledger) is re-checked at once with the sum rules it takes part in,
 * so writers only write the form; with `full`, the whole report is checked again after a pause.
 */
export function followForm(store: FindingsStore, form: Pick<UseFormReturn<Report>, 'subscribe' | 'getValues'>, full?: FullChecks): () => void {
  const valueOf = (path: string): CellValue => toCellValue(form.getValues(path as FieldPath<Report>));
  const recheck = () => store.recompute(form.getValues());
  let active = true;
  const pause = full ? createPauseScheduler(recheck) : undefined;
  if (full) {
    recheck();
    full.recheckWhen?.().then(() => {
      if (active) recheck();
    }, () => undefined);
  }
  const unsubscribe = form.subscribe({
    formState: { values: true },
    callback: ({ name }) => {
      if (name !== undefined && isCellPath(name)) store.cellChanged(name, valueOf);
      if (full) pause?.request(name?.startsWith('tables.') ? full.cellPauseMs : full.textPauseMs);
    },
  });
  return () => {
    active = false;
    unsubscribe();
    pause?.cancel();
  };
}
