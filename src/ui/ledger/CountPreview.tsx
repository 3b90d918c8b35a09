import { cellByPath } from '../../model/cellCatalog.ts';
import { headerLeaves } from '../../model/headerTree.ts';
import { getCell } from '../../model/cellAccess.ts';
import { formatCellInput } from '../../model/parseCellInput.ts';
import { requestCellPath, requestColumnKeys, requestRowKeys } from '../../model/ledger/ledgerRows.ts';
import type { Report } from '../../model/reportSchema.ts';
import { requestsTable } from '../../template/requestsTable.ts';

const columnLabels = headerLeaves(requestsTable.columns).map((leaf) => leaf.chain.at(-1)?.label ?? '');

/** The counted table 三 beside the current one: a cell that would change is marked and says what it holds now. */
export function CountPreview({ cells, report }: { readonly cells: Readonly<Record<string, number>>; readonly report: Report }) {
  return (
    <div className="ledger-preview-scroll">
      <table className="ledger-preview">
        <caption>由台账计数的表三（标黄的格与现在的数字不同）</caption>
        <thead>
          <tr><th scope="col">行</th>{columnLabels.map((label, index) => <th key={index} scope="col">{label}</th>)}</tr>
        </thead>
        <tbody>
          {requestRowKeys.map((row) => (
            <tr key={row}>
              <th scope="row">{cellByPath.get(requestCellPath(row, 'natural'))?.rowName ?? row}</th>
              {requestColumnKeys.map((column) => {
                const path = requestCellPath(row, column);
                const counted = cells[path] ?? 0;
                const current = getCell(report, path);
                const differs = !Object.is(current, counted);
                return (
                  <td key={column} data-preview-cell={path} data-differs={differs ? 'true' : undefined} className={differs ? 'ledger-diff' : undefined}>
                    {counted}
                    {differs && <span className="ledger-was">（现为 {current === null ? '空白' : formatCellInput(current)}）</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
