import { ledgerColumns } from '../../template/ledger/ledgerColumns.ts';
import { cellText } from '../../model/ledger/ledgerText.ts';
import type { LedgerSession } from './ledgerSession.ts';

// A long list is cut: the clerk looks for a few lines, not hundreds.
const shownLines = 100;

/** Ledger lines (by sheet row) as the clerk wrote them: row number and the counted columns. */
export function LedgerLines({ session, rows }: { readonly session: LedgerSession; readonly rows: readonly number[] }) {
  const { mapping } = session.count;
  const columns = ledgerColumns.filter((column) => mapping[column.role] !== undefined);
  return (
    <div className="ledger-lines-scroll">
      <table className="ledger-lines">
        <thead><tr><th scope="col">行</th>{columns.map((column) => <th key={column.role} scope="col">{column.header}</th>)}</tr></thead>
        <tbody>
          {rows.slice(0, shownLines).map((row) => (
            <tr key={row} data-row={row}>
              <th scope="row">{row}</th>
              {columns.map((column) => <td key={column.role}>{cellText(session.sheet[row - 1]?.[mapping[column.role] ?? -1])}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shownLines && <p>另有 {rows.length - shownLines} 行未列出。</p>}
    </div>
  );
}
