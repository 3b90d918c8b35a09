import { memo, useMemo } from 'react';
import { totalOffer, totalPartsOf } from '../../model/totalOffer.ts';
import type { CellValue } from '../../model/cellValue.ts';
import { useGridApi } from './GridApiContext.tsx';
import { countRender } from './renderCounts.ts';
import { useCellValues } from './cellValues.ts';
import type { CellPath } from '../../template/cellPathType.ts';

type Offer = { readonly value: number; readonly replaces: boolean } | null;

/**
 * The one-click fill of a total cell whose parts are all numbers. Hears only its own cells (cellValues), so
 * it re-renders only when one of them changes — never the cell's input.
 */
export const TotalOffer = memo(function TotalOffer({ path }: { path: CellPath }) {
  countRender(`offer:${path}`);
  const api = useGridApi();
  const names = useMemo(() => [path, ...totalPartsOf(path)], [path]);
  const values = useCellValues(names);
  const offer = useMemo((): Offer => {
    const byName = new Map<string, CellValue>(names.map((name, i) => [name, values[i] ?? null]));
    const value = totalOffer(path, (cell) => byName.get(cell) ?? null);
    return value === undefined ? null : { value, replaces: byName.get(path) !== null };
  }, [names, values, path]);
  if (offer === null) return null;
  const label = offer.replaces ? `改为 ${offer.value}` : `填入 ${offer.value}`;
  return (
    <button
      type="button"
      className="total-offer"
      tabIndex={-1}
      title={`${label}：按各项之和计算（在此格按 Alt+= 也可以）`}
      // Keeps the keyboard in the cell being edited.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => api.fillTotal(path)}
    >
      {label}
    </button>
  );
});
