import type { CellValue } from '../model/cellValue.ts';

/**
 * How a cell is printed: counts are never blank in the published form, so blank prints 0;
 * a number as written; invalid text as typed (the preview's error list makes the clerk confirm it).
 */
export function printedValue(value: CellValue): string {
  if (value === null) return '0';
  if (typeof value === 'number') return Number.isFinite(value) ? numberText(value) : String(value);
  return value;
}

// Plain decimal notation: 1e-7 or 1e21 must not appear in a published table.
function numberText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
