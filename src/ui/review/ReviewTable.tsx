import { useMemo, useState } from 'react';
import type { Review } from '../../model/review/reviewReports.ts';
import { columnsFor } from '../../render/review/reviewColumns.ts';

type Sort = { readonly column: number; readonly up: boolean } | null;

/**
 * One row per report, worst first; a click on a heading sorts by it (again: the other way). The columns a
 * reviewer needs fit 1366 px (the score first with a pack; rule titles in Chinese, ids on hover); the rest
 * are shown on demand.
 */
export function ReviewTable({ review }: { review: Review }) {
  const [sort, setSort] = useState<Sort>(null);
  const [filter, setFilter] = useState('');
  const [allColumns, setAllColumns] = useState(false);
  const columns = useMemo(() => columnsFor(review.reviewed.map((r) => r.row)), [review]);
  const shownColumns = useMemo(() => columns.filter((column) => allColumns || column.main), [columns, allColumns]);
  const rows = useMemo(() => {
    const words = filter.trim().toLowerCase();
    const shown = review.reviewed.map((r) => r.row).filter((row) => !words || columns.some((c) => `${c.text(row)} ${c.display?.(row) ?? ''}`.toLowerCase().includes(words)));
    if (!sort) return shown;
    const column = shownColumns[sort.column];
    if (!column) return shown;
    return [...shown].sort((a, b) => {
      const x = column.sortValue(a);
      const y = column.sortValue(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return sort.up ? order : -order;
    });
  }, [review, sort, filter, columns, shownColumns]);
  return (
    <>
      <div className="review-controls">
        <label className="review-filter">筛选 <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="机关名称、年度、问题类别" /></label>
        <label><input type="checkbox" checked={allColumns} data-field="review-all-columns" onChange={(e) => { setAllColumns(e.target.checked); setSort(null); }} /> 显示全部列（层级、类型、成文日期、跨年度问题、公开率等指标）</label>
      </div>
      <div className="review-scroll">
        <table className="review-table">
          <caption>逐份报告（{rows.length} 份，默认问题多的在前）</caption>
          <thead>
            <tr>
              {shownColumns.map((column, i) => (
                <th key={column.id} scope="col" data-column={column.id} aria-sort={sort?.column === i ? (sort.up ? 'ascending' : 'descending') : undefined}>
                  <button type="button" onClick={() => setSort((s) => ({ column: i, up: s?.column === i ? !s.up : true }))}>{column.label}</button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.file} className={row.errors > 0 ? 'review-has-errors' : undefined}>
                {shownColumns.map((column) => (
                  <td key={column.id} data-column={column.id} className={column.nowrap ? 'review-nowrap' : undefined} title={column.hint?.(row) || undefined}>
                    {column.clip ? <span className="review-clip">{(column.display ?? column.text)(row)}</span> : (column.display ?? column.text)(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
