import type { ComparableText } from './similarityText.ts';

/** spec §2: passages of at least this many consecutive characters count as repeated. */
export const passageLength = 13;

export type Passage = { readonly start: number; readonly length: number; readonly quote: string };
export type RepeatMeasure = { readonly share: number; readonly passages: readonly Passage[] };

const modulus = 2 ** 31 - 1;
const base = 1_000_003 % modulus;

const mulMod = (a: number, b: number): number => {
  // (a * b) mod p without losing precision: split b into 16-bit halves.
  const high = Math.floor(b / 65536);
  const low = b % 65536;
  return (((a * high) % modulus) * 65536 + a * low) % modulus;
};

/**
 * Hashes of every run of `passageLength` characters: two independent 31-bit rolling hashes packed into
 * one safe integer, so that a false match needs both to collide.
 */
export function windowHashes(chars: string): Float64Array {
  const codes = Array.from(chars, (c) => c.codePointAt(0) ?? 0);
  const count = Math.max(0, codes.length - passageLength + 1);
  const result = new Float64Array(count);
  if (count === 0) return result;
  let power1 = 1;
  let power2 = 1;
  const base2 = 911_382_323 % modulus;
  for (let i = 0; i < passageLength - 1; i += 1) {
    power1 = mulMod(power1, base);
    power2 = mulMod(power2, base2);
  }
  let h1 = 0;
  let h2 = 0;
  for (let i = 0; i < codes.length; i += 1) {
    if (i >= passageLength) {
      const out = codes[i - passageLength] ?? 0;
      h1 = (h1 - mulMod(out, power1) + modulus) % modulus;
      h2 = (h2 - mulMod(out, power2) + modulus) % modulus;
    }
    const code = codes[i] ?? 0;
    h1 = (mulMod(h1, base) + code) % modulus;
    h2 = (mulMod(h2, base2) + code) % modulus;
    if (i >= passageLength - 1) result[i - passageLength + 1] = (h1 % 2 ** 21) * 2 ** 31 + h2;
  }
  return result;
}

/** The set of run hashes of a text, built once and reused for every comparison against it. */
export const windowSet = (chars: string): ReadonlySet<number> => new Set(windowHashes(chars));

/**
 * spec §2: the share of `text`'s characters that lie in passages of 13 or more consecutive characters also
 * found in the other text, with those passages (longest first) quoted as written.
 */
export function repeatMeasure(text: ComparableText, other: ReadonlySet<number>, hashes: Float64Array = windowHashes(text.chars)): RepeatMeasure {
  const length = Array.from(text.chars).length;
  if (length === 0 || other.size === 0) return { share: 0, passages: [] };
  const covered = new Uint8Array(length);
  for (let i = 0; i < hashes.length; i += 1) {
    if (other.has(hashes[i] ?? -1)) covered.fill(1, i, i + passageLength);
  }
  const passages: Passage[] = [];
  let total = 0;
  for (let i = 0; i < length; ) {
    if (covered[i] !== 1) {
      i += 1;
      continue;
    }
    let end = i;
    while (end < length && covered[end] === 1) end += 1;
    total += end - i;
    const from = text.at[i] ?? 0;
    const to = (text.at[end - 1] ?? from) + 1;
    passages.push({ start: i, length: end - i, quote: text.source.slice(from, to).replace(/\s+/g, ' ').trim() });
    i = end;
  }
  passages.sort((a, b) => b.length - a.length || a.start - b.start);
  return { share: total / length, passages };
}
