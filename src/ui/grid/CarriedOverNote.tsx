import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { cellByPath, rowLabelOf } from '../../model/cellCatalog.ts';
import { carriedForwardColumns } from '../../model/lastYearColumns.ts';
import type { Report } from '../../model/reportSchema.ts';

type Shown = { readonly path: string; readonly left: number; readonly top: number };

const prefix = 'tables.requests.carriedOver.';

/**
 * Table 三's 二、上年结转 filled from last year's report (a next-year draft): says so above the table, and beside
 * each such cell (on hover or focus) where its figure comes from — as the ledger marks its cells. A cell the
 * clerk changed is the clerk's: it is no longer marked.
 */
export function CarriedOverNote() {
  const [year, lastYear, ...values] = useWatch<Report>({
    name: ['meta.year', 'meta.lastYear', ...carriedForwardColumns.map((column) => `${prefix}${column}`)] as never,
  }) as unknown as [number, Report['meta']['lastYear'], ...unknown[]];
  const [shown, setShown] = useState<Shown | undefined>();
  const source = lastYear && lastYear.year === year - 1 ? lastYear : undefined;
  const carried = new Map(
    source
      ? carriedForwardColumns.flatMap((column, i) => {
        const figure = source.carriedForward[column];
        return typeof figure === 'number' && values[i] === figure ? [[`${prefix}${column}`, figure] as const] : [];
      })
      : [],
  );
  const any = carried.size > 0;

  useEffect(() => {
    if (!any) return undefined;
    const cellOf = (target: EventTarget | null) =>
      target instanceof HTMLInputElement && target.dataset.cell?.startsWith(prefix) ? target : null;
    const show = (event: Event) => {
      const input = cellOf(event.target);
      if (!input) return;
      const rect = input.getBoundingClientRect();
      setShown({ path: input.dataset.cell ?? '', left: Math.max(0, Math.min(rect.right + 4, window.innerWidth - 360)), top: rect.top });
    };
    const hide = (event: Event) => {
      if (cellOf(event.target)) setShown(undefined);
    };
    document.addEventListener('focusin', show);
    document.addEventListener('mouseover', show);
    document.addEventListener('focusout', hide);
    document.addEventListener('mouseout', hide);
    return () => {
      document.removeEventListener('focusin', show);
      document.removeEventListener('mouseover', show);
      document.removeEventListener('focusout', hide);
      document.removeEventListener('mouseout', hide);
    };
  }, [any]);

  if (!source || !any) return null;
  const figure = shown ? (carried as ReadonlyMap<string, number>).get(shown.path) : undefined;
  return (
    <>
      <p className="carried-over-note" data-carried-over="">
        “{rowLabelOf('tables.requests.carriedOver.total')}”一行按 {source.year} 年度报告的“{rowLabelOf('tables.requests.carriedForward.total')}”填入（{carried.size} 格），请核对；改动后以您填写的为准。
      </p>
      {shown && figure !== undefined && (
        <div className="ledger-tip" role="tooltip" data-carried-tip-for={shown.path} style={{ left: shown.left, top: shown.top }}>
          {cellByPath.get(shown.path)?.name ?? ''}：由 {source.year} 年度报告的“{rowLabelOf('tables.requests.carriedForward.total')}”带入（{figure}）
        </div>
      )}
    </>
  );
}
