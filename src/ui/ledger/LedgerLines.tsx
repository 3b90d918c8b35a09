import type { KeptLedger } from '../../model/ledger/keptLedgerSchema.ts';

// A long list is cut: the clerk looks for a few lines, not hundreds.
const shownLines = 100;

/** Ledger lines (by sheet row) as the clerk wrote them: row number and the counted columns, as kept with the draft. */
export function LedgerLines({ kept, rows }: { readonly kept: KeptLedger; readonly rows: readonly number[] }) {
  return (
    <div className="ledger-lines-scroll">
      <table className="ledger-lines">
        <thead><tr><th scope="col">行</th>{kept.columns.map((header) => <th key={header} scope="col">{header}</th>)}</tr></thead>
        <tbody>
          {rows.slice(0, shownLines).map((row) => (
            <tr key={row} data-row={row}>
              <th scope="row">{row}</th>
              {kept.columns.map((header, i) => <td key={header}>{kept.rows[String(row)]?.[i] ?? ''}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shownLines && <p>另有 {rows.length - shownLines} 行未列出。</p>}
    </div>
  );
}
