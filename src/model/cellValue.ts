import type { ValueKind } from '../template/tableTypes.ts';

/** A number; null for blank (never the same as 0); a string holding what was typed that is not valid. */
export type CellValue = number | null | string;

export type InvalidReason = 'text' | 'negative' | 'fraction' | 'precision';

export type CellStatus =
  | { readonly kind: 'blank' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'invalid'; readonly reason: InvalidReason };

/** Up to 4 decimals of 万元, i.e. whole 元 (spec/template-2021.md §3.1). */
export const amountDecimals = 4;

function decimalPlaces(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return Number.POSITIVE_INFINITY;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

// Text that reads as a number says why it is not valid: -3 is negative, 1.5 is a fraction.
function stringReason(text: string, kind: ValueKind): InvalidReason {
  const compact = text.normalize('NFKC').replace(/[\s,件个起]|万元/g, '');
  const asNumber = /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
  if (Number.isNaN(asNumber)) return 'text';
  const status = cellStatus(asNumber, kind);
  return status.kind === 'invalid' ? status.reason : 'text';
}

export function cellStatus(value: CellValue, kind: ValueKind): CellStatus {
  if (value === null) return { kind: 'blank' };
  if (typeof value === 'string') return { kind: 'invalid', reason: stringReason(value, kind) };
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: 'text' };
  if (value < 0) return { kind: 'invalid', reason: 'negative' };
  if (kind === 'count' && !Number.isSafeInteger(value)) return { kind: 'invalid', reason: 'fraction' };
  if (kind === 'amount' && decimalPlaces(value) > amountDecimals) return { kind: 'invalid', reason: 'precision' };
  return { kind: 'number', value };
}

/** The number a cell holds, or undefined when it is blank or invalid. */
export function cellNumber(value: CellValue, kind: ValueKind): number | undefined {
  const status = cellStatus(value, kind);
  return status.kind === 'number' ? status.value : undefined;
}
