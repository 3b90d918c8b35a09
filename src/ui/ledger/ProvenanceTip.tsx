import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { KeptLedger } from '../../model/ledger/keptLedgerSchema.ts';
import { cellByPath } from '../../model/cellCatalog.ts';
import type { Report } from '../../model/reportSchema.ts';
import { CellTip } from './CellTip.tsx';
import { LedgerLines } from './LedgerLines.tsx';

type Shown = { readonly path: string; readonly left: number; readonly top: number };

const cellOf = (target: EventTarget | null): HTMLInputElement | null =>
  target instanceof HTMLInputElement && target.dataset.cell?.startsWith('tables.requests.') ? target : null;

/**
 * Beside a cell of table 三 counted from the ledger (on hover or focus): how many ledger lines it counts,
 * and on request which. Listens on the page, so the grid's cells need nothing of their own.
 */
export function ProvenanceTip() {
  // The count kept with the draft: after a reload too, until the clerk counts again or detaches it.
  const session = useWatch<Report, 'meta.ledger'>({ name: 'meta.ledger' }) as KeptLedger | undefined;
  const [shown, setShown] = useState<Shown | undefined>();
  const [listed, setListed] = useState<string | undefined>();

  useEffect(() => {
    if (!session) return undefined;
    const show = (event: Event) => {
      const input = cellOf(event.target);
      if (!input) return;
      const rect = input.getBoundingClientRect();
      // Beside the cell, not below it: the grid's own tips open below.
      setShown({ path: input.dataset.cell ?? '', left: Math.max(0, Math.min(rect.right + 4, window.innerWidth - 400)), top: rect.top });
    };
    const hide = (event: Event) => {
      if (cellOf(event.target) && !(event instanceof FocusEvent && cellOf(event.relatedTarget))) setShown(undefined);
    };
    document.addEventListener('focusin', show);
    document.addEventListener('mouseover', show);
    document.addEventListener('focusout', hide);
    return () => {
      document.removeEventListener('focusin', show);
      document.removeEventListener('mouseover', show);
      document.removeEventListener('focusout', hide);
    };
  }, [session]);

  if (!session) return null;
  const listedRows = listed ? session.provenance[listed] ?? [] : [];
  return (
    <>
      {shown && <CellTip key={shown.path} {...shown} kept={session} onList={() => setListed(shown.path)} />}
      {listed && (
        <div className="ledger-listed" data-listed-for={listed}>
          <h4>{cellByPath.get(listed)?.name ?? listed}：台账“{session.fileName}”中计入此格的 {listedRows.length} 行</h4>
          <LedgerLines kept={session} rows={listedRows} />
          <button type="button" onClick={() => setListed(undefined)}>收起</button>
        </div>
      )}
    </>
  );
}
