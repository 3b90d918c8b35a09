import { cellPlace } from './findingMessages.ts';

const isPowerOfTen = (n: number): boolean => n >= 10 && Number.isInteger(Math.log10(n)) && 10 ** Math.round(Math.log10(n)) === n;

/**
 * A hint for a failing sum that names no suspect: the shapes typing slips leave in a difference.
 * An extra or missing 0 (300 for 30) and two swapped digits (1243 for 1234) both leave a multiple of 9;
 * a digit one off (1334 for 1234) leaves a power of ten. Where a cell of the sum holds a figure that an
 * extra or missing 0 would explain, it is named. Undefined when the difference has none of these shapes.
 */
export function digitSlipHint(difference: number, cells: readonly string[], values: ReadonlyMap<string, number>): string | undefined {
  const gap = Math.abs(difference);
  if (!Number.isInteger(gap) || gap === 0) return undefined;
  if (gap % 9 === 0 && gap >= 9) {
    const zeros = cells.flatMap((cell) => {
      const value = values.get(cell);
      if (value === undefined || value === 0) return [];
      if (value % 10 === 0 && value - value / 10 === gap) return [`${cellPlace(cell)}的 ${value} 是否多打了一个 0`];
      if (value * 9 === gap) return [`${cellPlace(cell)}的 ${value} 是否少打了一个 0`];
      return [];
    });
    const named = zeros.length > 0 && zeros.length <= 3 ? `请看${zeros.join('，')}；` : '';
    return `相差 ${gap}，是 9 的倍数：${named}常见原因是两位数字颠倒（如把 1234 输成 1243）或多打、少打了一个 0（如把 30 输成 300）。`;
  }
  if (isPowerOfTen(gap)) return `相差 ${gap}：可能有一格的某一位数字输错（如把 1234 输成 1334）。`;
  return undefined;
}
