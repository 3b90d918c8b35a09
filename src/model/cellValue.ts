import type { ValueKind } from '../template/tableTypes.ts';

/** A number; null for blank (never the same as 0); a string holding what was typed that is not valid. */
export type CellValue = number | null | string;

export type InvalidReason = 'text' | 'negative' | 'fraction' | 'precision' | 'too-large';

export type CellStatus =
  | { readonly kind: 'blank' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'invalid'; readonly reason: InvalidReason };

/**
 * The fee (万元) keeps any number of decimals as written (published reports print 793.0570158;
 * spec/template-2021.md §3.1). It is held as a JS number only when the number's shortest text is
 * the written decimal itself, so nothing is ever rounded; nothing computes on it.
 */
export function exactAmount(digits: string): number | undefined {
  const match = /^(\d+)(?:\.(\d*))?$/.exec(digits);
  if (!match) return undefined;
  const whole = (match[1] ?? '').replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  const written = fraction === '' ? whole : `${whole}.${fraction}`;
  const value = Number(written);
  return String(value) === written ? value : undefined;
}

// Text that reads as a number says why it is not valid: -3 is negative, 1.5 is a fraction.
function stringReason(text: string, kind: ValueKind): InvalidReason {
  const compact = text.normalize('NFKC').replace(/[\s,件个起]|万元/g, '');
  const asNumber = /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
  if (Number.isNaN(asNumber)) return 'text';
  // A fee with more digits than a number keeps exactly (about 15 significant digits).
  if (kind === 'amount' && asNumber >= 0 && exactAmount(compact) === undefined) return 'precision';
  const status = cellStatus(asNumber, kind);
  return status.kind === 'invalid' ? status.reason : 'text';
}

export function cellStatus(value: CellValue, kind: ValueKind): CellStatus {
  if (value === null) return { kind: 'blank' };
  if (typeof value === 'string') return { kind: 'invalid', reason: stringReason(value, kind) };
  if (!Number.isFinite(value)) return { kind: 'invalid', reason: 'text' };
  if (value < 0) return { kind: 'invalid', reason: 'negative' };
  // 1e308 is a whole number too large to keep exactly, not a decimal.
  if (value > Number.MAX_SAFE_INTEGER) return { kind: 'invalid', reason: 'too-large' };
  if (kind === 'count' && !Number.isSafeInteger(value)) return { kind: 'invalid', reason: 'fraction' };
  return { kind: 'number', value };
}

/** The number a cell holds, or undefined when it is blank or invalid. */
export function cellNumber(value: CellValue, kind: ValueKind): number | undefined {
  const status = cellStatus(value, kind);
  return status.kind === 'number' ? status.value : undefined;
}
