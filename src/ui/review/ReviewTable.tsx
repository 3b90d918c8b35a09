import { useMemo, useState } from 'react';
import type { Review } from '../../model/review/reviewReports.ts';
import { reviewColumns } from '../../render/review/reviewColumns.ts';

type Sort = { readonly column: number; readonly up: boolean } | null;

/** One row per report, worst first; a click on a heading sorts by it (again: the other way). */
export function ReviewTable({ review }: { review: Review }) {
  const [sort, setSort] = useState<Sort>(null);
  const [filter, setFilter] = useState('');
  const rows = useMemo(() => {
    const words = filter.trim().toLowerCase();
    const shown = review.reviewed.map((r) => r.row).filter((row) => !words || reviewColumns.some((c) => c.text(row).toLowerCase().includes(words)));
    if (!sort) return shown;
    const column = reviewColumns[sort.column];
    if (!column) return shown;
    return [...shown].sort((a, b) => {
      const x = column.sortValue(a);
      const y = column.sortValue(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return sort.up ? order : -order;
    });
  }, [review, sort, filter]);
  return (
    <>
      <label className="review-filter">筛选 <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="机关名称、年度、规则" /></label>
      <div className="review-scroll">
        <table className="review-table">
          <caption>逐份报告（{rows.length} 份，默认问题多的在前）</caption>
          <thead>
            <tr>
              {reviewColumns.map((column, i) => (
                <th key={column.id} scope="col" aria-sort={sort?.column === i ? (sort.up ? 'ascending' : 'descending') : undefined}>
                  <button type="button" onClick={() => setSort((s) => ({ column: i, up: s?.column === i ? !s.up : true }))}>{column.label}</button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.file} className={row.errors > 0 ? 'review-has-errors' : undefined}>
                {reviewColumns.map((column) => <td key={column.id}>{column.text(row)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
