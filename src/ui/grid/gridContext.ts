import { cellsOfTable } from '../../model/cellCatalog.ts';
import type { CellValue } from '../../model/cellValue.ts';
import type { TableGrid } from '../../model/tableLayout.ts';
import type { TableId } from '../../template/tableTypes.ts';
import { idleSession, type EditSession } from './editSession.ts';
import type { HistoryBox } from './editHistories.ts';
import type { FormAccess } from './formAccess.ts';
import { gridNav, type GridNav } from './gridNavigation.ts';
import type { GridStatusStore } from './gridStatus.ts';
import { toCellValue } from './toCellValue.ts';
import { createTypedValues, type TypedValues } from './typedValues.ts';
import type { CellPath } from '../../template/cellPathType.ts';

/** Everything a grid command works on, handed to it explicitly: one per mounted grid. */
export type GridContext = {
  readonly table: TableId;
  readonly nav: GridNav;
  /** The table's cell paths (for filling all totals). */
  readonly cells: readonly CellPath[];
  readonly form: FormAccess;
  /** A cell's value as the form holds it. */
  readonly valueOf: (path: string) => CellValue;
  /** The input of each mounted value cell. */
  readonly inputs: Map<string, HTMLInputElement>;
  readonly session: EditSession;
  readonly typed: TypedValues;
  readonly history: HistoryBox;
  readonly status: GridStatusStore;
};

export function createGridContext(
  table: TableId,
  layout: TableGrid,
  form: FormAccess,
  history: HistoryBox,
  status: GridStatusStore,
): GridContext {
  return {
    table,
    nav: gridNav(layout),
    cells: cellsOfTable(table).map((cell) => cell.path),
    form,
    valueOf: (path) => toCellValue(form.getValue(path)),
    inputs: new Map(),
    session: idleSession(),
    typed: createTypedValues(form),
    history,
    status,
  };
}
