import type { LedgerCount } from '../../model/ledger/countLedger.ts';
import type { LedgerSheet } from '../../model/ledger/ledgerSheet.ts';

/** The ledger last applied to a draft's table 三: which lines each cell counts. Kept for the open draft only. */
export type LedgerSession = { readonly fileName: string; readonly sheet: LedgerSheet; readonly count: LedgerCount };

type Box = { session: LedgerSession | undefined; listeners: Set<() => void> };

// One per form (a form belongs to one draft), like the grid's undo history.
const boxes = new WeakMap<object, Box>();

function boxOf(owner: object): Box {
  let box = boxes.get(owner);
  if (!box) {
    box = { session: undefined, listeners: new Set() };
    boxes.set(owner, box);
  }
  return box;
}

export const ledgerSessionStore = (owner: object) => ({
  get: (): LedgerSession | undefined => boxOf(owner).session,
  set(session: LedgerSession | undefined): void {
    const box = boxOf(owner);
    box.session = session;
    box.listeners.forEach((listener) => listener());
  },
  subscribe(listener: () => void): () => void {
    const box = boxOf(owner);
    box.listeners.add(listener);
    return () => box.listeners.delete(listener);
  },
});
