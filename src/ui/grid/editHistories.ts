import type { TableId } from '../../template/tableTypes.ts';
import { emptyHistory, type EditHistory } from './editHistory.ts';
import { createGridStatus, type GridStatusStore } from './gridStatus.ts';

/** A table's undo history, kept apart from the grid so it survives the grid (another step opened and closed). */
export type HistoryBox = { current: EditHistory };

// One set of histories per form (the form belongs to one draft): a new draft starts with none.
const boxes = new WeakMap<object, Map<TableId, HistoryBox>>();

export function historyBox(owner: object, table: TableId): HistoryBox {
  let byTable = boxes.get(owner);
  if (!byTable) {
    byTable = new Map();
    boxes.set(owner, byTable);
  }
  let box = byTable.get(table);
  if (!box) {
    box = { current: emptyHistory };
    byTable.set(table, box);
  }
  return box;
}

// One status line per table and form, beside its history: whatever changed the table last (an undo, a paste,
// a fill from the ledger) says so in the same line, so an older message never stays beside a newer one.
const statuses = new WeakMap<object, Map<TableId, GridStatusStore>>();

export function statusBox(owner: object, table: TableId): GridStatusStore {
  let byTable = statuses.get(owner);
  if (!byTable) {
    byTable = new Map();
    statuses.set(owner, byTable);
  }
  let status = byTable.get(table);
  if (!status) {
    status = createGridStatus();
    byTable.set(table, status);
  }
  return status;
}
