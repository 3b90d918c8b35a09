import { ledgerColumns, type LedgerRole } from '../../template/ledger/ledgerColumns.ts';
import { columnLetter } from '../../model/ledger/columnUsage.ts';
import type { ColumnMapping } from '../../model/ledger/ledgerSheet.ts';

type Props = {
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly onChange: (mapping: ColumnMapping) => void;
};

/** Which sheet column is used for each ledger column; the clerk can change any of them. */
export function ColumnMappingEditor({ headers, mapping, onChange }: Props) {
  const choose = (role: LedgerRole, value: string) => {
    const next: ColumnMapping = { ...mapping };
    if (value === '') delete next[role];
    else next[role] = Number(value);
    onChange(next);
  };
  return (
    <fieldset className="ledger-mapping">
      <legend>台账的列（已按列标题对应，可以修改）</legend>
      {ledgerColumns.map((column) => (
        <label key={column.role}>
          <span>{column.header}{column.required ? '（必需）' : ''}</span>
          <select value={mapping[column.role] ?? ''} data-role={column.role} onChange={(event) => choose(column.role, event.currentTarget.value)}>
            <option value="">（没有这一列）</option>
            {headers.map((header, index) => (
              <option key={index} value={index}>{`${columnLetter(index)} 列${header !== '' ? `“${header}”` : ''}`}</option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
