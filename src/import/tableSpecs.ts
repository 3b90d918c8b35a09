import type { TableId, ValueKind } from '../template/tableTypes.ts';
import { tables } from '../template/tables.ts';
import { cellsOfTable } from '../model/cellCatalog.ts';
import { tableLayout } from '../model/tableLayout.ts';
import type { CellPath } from '../template/cellPathType.ts';

/** One printed row of values, found by its (innermost) row label. */
export type RowSpec = {
  readonly label: string;
  /** Labels of the enclosing groups, for messages: （三）不予公开. */
  readonly groupLabels: readonly string[];
  readonly cells: readonly { readonly path: CellPath; readonly kind: ValueKind; readonly column: string }[];
};

/** What the matcher needs of one table, derived from the template (never restated). */
export type TableSpec = {
  readonly table: TableId;
  readonly section: string;
  readonly rows: readonly RowSpec[];
  /** True for table 四: its single value row has no label and follows the headers. */
  readonly headerOnly: boolean;
  /** Header, block-title and note texts, in reading order. */
  readonly headerLabels: readonly string[];
  /** Every label printed in the table. */
  readonly allLabels: readonly string[];
};

function specOf(table: TableId): TableSpec {
  const definition = tables.find((t) => t.id === table);
  if (!definition) throw new Error(`unknown table ${table}`);
  const layout = tableLayout(definition);
  const rows: RowSpec[] = [];
  const byRow = new Map<string, RowSpec['cells'][number][]>();
  for (const cell of cellsOfTable(table)) {
    const key = cell.rowKeys.join('.');
    let list = byRow.get(key);
    if (!list) {
      list = [];
      byRow.set(key, list);
      rows.push({ label: cell.rowLabels[cell.rowLabels.length - 1] ?? '', groupLabels: cell.rowLabels.slice(0, -1), cells: list });
    }
    list.push({ path: cell.path, kind: cell.valueKind, column: cell.columnName });
  }
  const texts = (roles: readonly string[]) =>
    layout.cells.filter((cell) => roles.includes(cell.role) && cell.text !== undefined).map((cell) => cell.text ?? '');
  return {
    table,
    section: definition.section,
    rows,
    headerOnly: rows.length === 1 && rows[0]?.label === '',
    headerLabels: texts(['header', 'section', 'note']),
    allLabels: texts(['header', 'section', 'note', 'rowlabel']),
  };
}

export const tableSpecs: readonly TableSpec[] = tables.map((table) => specOf(table.id));
