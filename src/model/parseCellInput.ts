import type { ValueKind } from '../template/tableTypes.ts';
import { exactAmount, type CellValue } from './cellValue.ts';

const units: Readonly<Record<ValueKind, RegExp>> = {
  count: /(件|个|起)$/,
  amount: /万元$/,
};

/**
 * Reads a cell as a clerk types or pastes it: full-width digits (１２３), thousands separators,
 * spaces and a trailing unit are accepted. Blank stays blank (null, never 0). Anything else —
 * negative numbers, decimals in count cells, text, a fee with more digits than a number holds exactly —
 * is kept exactly as typed, to be flagged. A fee keeps every decimal as written (exactAmount).
 */
export function parseCellInput(typed: string, kind: ValueKind): CellValue {
  // NFKC turns full-width digits, ．，and the ideographic space into their ASCII forms.
  const normalized = typed.normalize('NFKC').replace(/[\s\u00a0]+/g, '').replace(units[kind], '');
  if (normalized === '') return typed.trim() === '' ? null : typed;
  const digits = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(normalized) ? normalized.replace(/,/g, '') : normalized;
  if (kind === 'amount') return /^\d+(\.\d+)?$/.test(digits) ? (exactAmount(digits) ?? typed) : typed;
  if (!/^\d+$/.test(digits)) return typed;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : typed;
}

/** How a cell value is shown in an input: blank as empty, invalid text as typed. */
export function formatCellInput(value: CellValue): string {
  return value === null ? '' : String(value);
}
