import type { TableId } from '../../template/tableTypes.ts';
import { emptyHistory, type EditHistory } from './editHistory.ts';

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
