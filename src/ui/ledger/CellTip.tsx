import { useFormContext, useWatch, type FieldPath } from 'react-hook-form';
import { formatCellInput } from '../../model/parseCellInput.ts';
import type { Report } from '../../model/reportSchema.ts';
import { toCellValue } from '../grid/toCellValue.ts';
import { applyLedgerToForm } from './applyLedgerToForm.ts';
import { detachLedgerCell } from '../../model/ledger/keepLedger.ts';
import type { KeptLedger } from '../../model/ledger/keptLedgerSchema.ts';

type Props = { readonly path: string; readonly left: number; readonly top: number; readonly kept: KeptLedger; readonly onList: () => void };

/** The tip beside one counted cell; when the clerk changed the cell by hand, asks whether to detach it from the ledger. */
export function CellTip({ path, left, top, kept, onList }: Props) {
  const form = useFormContext<Report>();
  const current = toCellValue(useWatch({ name: path as FieldPath<Report>, exact: true }));
  const counted = kept.cells[path];
  if (counted === undefined) return null;
  const lines = kept.provenance[path]?.length ?? 0;
  const edited = !Object.is(current, counted);
  const detach = () => form.setValue('meta.ledger', detachLedgerCell(kept, path), { shouldDirty: true });
  return (
    <div className="ledger-tip" role="tooltip" data-tip-for={path} style={{ left, top }} onMouseDown={(event) => event.preventDefault()}>
      {lines > 0 ? `台账中 ${lines} 行计入此格` : '台账中没有计入此格的行（计为 0）'}
      {lines > 0 && <button type="button" data-action="ledger-list-lines" onClick={onList}>列出这些行</button>}
      {edited && (
        <div className="ledger-tip-edited">
          此格已手工改为 {current === null ? '空白' : formatCellInput(current)}，台账计 {counted}。要让此格脱离台账吗？
          <button type="button" data-action="ledger-detach" onClick={detach}>脱离台账</button>
          <button type="button" data-action="ledger-restore" onClick={() => applyLedgerToForm(form, { cells: { [path]: counted } })}>恢复为 {counted}</button>
        </div>
      )}
    </div>
  );
}
