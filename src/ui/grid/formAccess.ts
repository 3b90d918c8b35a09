import type { CellValue } from '../../model/cellValue.ts';
import type { Report } from '../../model/reportSchema.ts';
import type { CellWrite } from './planPaste.ts';

/** What the grid needs of the form: read the whole report or one cell, write one cell. */
export type FormAccess = {
  readonly getReport: () => Report;
  readonly getValue: (path: string) => unknown;
  readonly setValue: (path: string, value: CellValue) => void;
};

/** The grid only writes the form; the findings store listens to it (ui/findings/followForm.ts). */
export function writeCells(form: FormAccess, writes: readonly CellWrite[]): void {
  for (const { path, value } of writes) form.setValue(path, value);
}
