import type { CellPath } from '../template/cellPathType.ts';
import type { TableId } from '../template/tableTypes.ts';

/**
 * `tables.requests.declined.stateSecret.natural` — the one name of a cell (spec/report-format.md §1.4).
 * Only for keys read from the template's header trees: a test checks that the catalog built from
 * them is exactly the `CellPath` type (tests/template/cellPathType.test.ts).
 */
export function cellPath(table: TableId, keys: readonly string[]): CellPath {
  return ['tables', table, ...keys].join('.') as CellPath;
}
