import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { isCellPath } from '../../model/cellCatalog.ts';
import type { CellValue } from '../../model/cellValue.ts';
import type { Report } from '../../model/reportSchema.ts';
import { toCellValue } from '../grid/toCellValue.ts';
import type { FindingsStore } from './findingsStore.ts';

/**
 * The findings store listens to the form: a table cell written by anyone (a keystroke, a paste, undo, a
 * fill, the ledger) is re-checked at once with the sum rules it takes part in, so writers only write the
 * form. Everything else (text, meta, a whole new report) is the wizard's full recompute after a pause.
 */
export function followForm(store: FindingsStore, form: Pick<UseFormReturn<Report>, 'subscribe' | 'getValues'>): () => void {
  const valueOf = (path: string): CellValue => toCellValue(form.getValues(path as FieldPath<Report>));
  return form.subscribe({
    formState: { values: true },
    callback: ({ name }) => {
      if (name !== undefined && isCellPath(name)) store.cellChanged(name, valueOf);
    },
  });
}
