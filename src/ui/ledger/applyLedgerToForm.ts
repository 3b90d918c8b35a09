import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { getCell } from '../../model/cellAccess.ts';
import { isCellPath } from '../../model/cellCatalog.ts';
import type { LedgerCount } from '../../model/ledger/countLedger.ts';
import type { Report } from '../../model/reportSchema.ts';
import { historyBox } from '../grid/editHistories.ts';
import { recordStep, type EditStep } from '../grid/editHistory.ts';

/** The cells of table 三 whose counted value differs from the form's. */
export function ledgerChanges(report: Report, count: Pick<LedgerCount, 'cells'>): EditStep {
  return Object.entries(count.cells)
    .flatMap(([path, after]) => (isCellPath(path) ? [{ path, before: getCell(report, path), after }] : []))
    .filter((edit) => !Object.is(edit.before, edit.after));
}

/**
 * Writes the counted table 三 into the form as one step of table 三's undo history (the grid's Ctrl+Z and
 * 撤销 take it back). The findings store re-checks the changed cells as it hears the form. Returns the number of
 * cells changed.
 */
export function applyLedgerToForm(form: UseFormReturn<Report>, count: Pick<LedgerCount, 'cells'>): number {
  const step = ledgerChanges(form.getValues(), count);
  for (const edit of step) form.setValue(edit.path as FieldPath<Report>, edit.after as never);
  const box = historyBox(form.control, 'requests');
  box.current = recordStep(box.current, step);
  return step.length;
}
