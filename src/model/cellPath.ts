import type { TableId } from '../template/tableTypes.ts';

/** `tables.requests.declined.stateSecret.natural` — the one name of a cell (spec/report-format.md §1.4). */
export function cellPath(table: TableId, keys: readonly string[]): string {
  return ['tables', table, ...keys].join('.');
}
