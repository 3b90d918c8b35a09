// Money is added as exact decimals (design habit 7): 0.1 + 0.2 must print 0.3, 793.0570158 stays as written.

function parts(value: number): { digits: bigint; scale: number } {
  const text = String(value);
  if (/e/i.test(text)) return { digits: BigInt(Math.round(value)), scale: 0 };
  const [whole = '0', fraction = ''] = text.split('.');
  return { digits: BigInt(whole + fraction), scale: fraction.length };
}

/** Exact sum of non-negative decimal numbers, as the shortest number that prints the exact digits. */
export function decimalSum(values: readonly number[]): number {
  const all = values.map(parts);
  const scale = Math.max(0, ...all.map((p) => p.scale));
  const total = all.reduce((sum, p) => sum + p.digits * 10n ** BigInt(scale - p.scale), 0n);
  const text = total.toString().padStart(scale + 1, '0');
  const whole = text.slice(0, text.length - scale);
  const fraction = text.slice(text.length - scale).replace(/0+$/, '');
  return Number(fraction ? `${whole}.${fraction}` : whole);
}
