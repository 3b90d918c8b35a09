import { TableGrid } from '../grid/TableGrid.tsx';
import type { SectionDef } from '../../template/sections.ts';
import type { TableId } from '../../template/tableTypes.ts';
import { NarrativeField } from '../narrative/NarrativeField.tsx';
import { LedgerHost } from '../ledger/LedgerHost.tsx';
import { CarriedOverNote } from '../grid/CarriedOverNote.tsx';

type Props = { readonly section: SectionDef; readonly table: TableId };

/** 二、三、四: the requirement line, an optional short paragraph before the table, and the grid. */
export function TableStep({ section, table }: Props) {
  return (
    <div className="table-step">
      <p className="requirement">{section.requirement}</p>
      <NarrativeField name={`text.${table}`} label="表格前的说明文字（可选）" minRows={2} />
      {table === 'requests' && <LedgerHost />}
      {table === 'requests' && <CarriedOverNote />}
      <TableGrid table={table} />
    </div>
  );
}
