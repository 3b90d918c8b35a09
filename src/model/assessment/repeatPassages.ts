import type { ComparableText } from './similarityText.ts';

/** spec §2: passages of at least this many consecutive characters count as repeated. */
export const passageLength = 13;

export type Passage = { readonly start: number; readonly length: number; readonly quote: string };
export type RepeatMeasure = { readonly share: number; readonly passages: readonly Passage[] };

/** Every run of `passageLength` characters hashed twice (two independent 32-bit polynomial hashes: 64 bits per run). */
export type RunHashes = { readonly a: Uint32Array; readonly b: Uint32Array; readonly length: number };

const baseA = 0x01000193;
const baseB = 0x5bd1e995 | 1;

function power(base: number, exponent: number): number {
  let result = 1;
  for (let i = 0; i < exponent; i += 1) result = Math.imul(result, base);
  return result;
}
const dropA = power(baseA, passageLength - 1);
const dropB = power(baseB, passageLength - 1);

/** The hashes of every run of 13 characters of `chars` (code points), and its length in code points. */
export function runHashes(chars: string): RunHashes {
  const codes: number[] = [];
  for (const char of chars) codes.push(char.codePointAt(0) ?? 0);
  const count = Math.max(0, codes.length - passageLength + 1);
  const a = new Uint32Array(count);
  const b = new Uint32Array(count);
  let ha = 0;
  let hb = 0;
  for (let i = 0; i < codes.length; i += 1) {
    const code = codes[i] ?? 0;
    if (i >= passageLength) {
      const out = codes[i - passageLength] ?? 0;
      ha = (ha - Math.imul(out, dropA)) | 0;
      hb = (hb - Math.imul(out ^ 0x9e37, dropB)) | 0;
    }
    ha = (Math.imul(ha, baseA) + code) | 0;
    hb = (Math.imul(hb, baseB) + (code ^ 0x9e37)) | 0;
    if (i >= passageLength - 1) {
      a[i - passageLength + 1] = ha >>> 0;
      b[i - passageLength + 1] = hb >>> 0;
    }
  }
  return { a, b, length: codes.length };
}

/** An open-addressing set of 64-bit run hashes in typed arrays: built once per text, then looked up cheaply. */
export class RunSet {
  private readonly keysA: Uint32Array;
  private readonly keysB: Uint32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  readonly size: number;

  constructor(runs: RunHashes) {
    let capacity = 16;
    while (capacity < runs.a.length * 2) capacity *= 2;
    this.keysA = new Uint32Array(capacity);
    this.keysB = new Uint32Array(capacity);
    this.used = new Uint8Array(capacity);
    this.mask = capacity - 1;
    let size = 0;
    for (let i = 0; i < runs.a.length; i += 1) if (this.add(runs.a[i] ?? 0, runs.b[i] ?? 0)) size += 1;
    this.size = size;
  }

  private add(a: number, b: number): boolean {
    for (let slot = (a ^ (b >>> 7)) & this.mask; ; slot = (slot + 1) & this.mask) {
      if (this.used[slot] !== 1) {
        this.used[slot] = 1;
        this.keysA[slot] = a;
        this.keysB[slot] = b;
        return true;
      }
      if (this.keysA[slot] === a && this.keysB[slot] === b) return false;
    }
  }

  has(a: number, b: number): boolean {
    for (let slot = (a ^ (b >>> 7)) & this.mask; this.used[slot] === 1; slot = (slot + 1) & this.mask) {
      if (this.keysA[slot] === a && this.keysB[slot] === b) return true;
    }
    return false;
  }
}

/** The run set of a text, built once and reused for every comparison against it. */
export const runSet = (chars: string): RunSet => new RunSet(runHashes(chars));

/**
 * spec §2: the share of `text`'s characters that lie in passages of 13 or more consecutive characters also
 * found in the other text, with those passages (longest first) quoted as written.
 */
export function repeatMeasure(text: ComparableText, other: RunSet, runs: RunHashes = runHashes(text.chars)): RepeatMeasure {
  const { length } = runs;
  if (length === 0 || other.size === 0) return { share: 0, passages: [] };
  const covered = new Uint8Array(length);
  for (let i = 0; i < runs.a.length; i += 1) {
    if (other.has(runs.a[i] ?? 0, runs.b[i] ?? 0)) covered.fill(1, i, i + passageLength);
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
    const last = text.at[end - 1] ?? from;
    const to = last + ((text.source.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
    passages.push({ start: i, length: end - i, quote: text.source.slice(from, to).replace(/\s+/g, ' ').trim() });
    i = end;
  }
  passages.sort((a, b) => b.length - a.length || a.start - b.start);
  return { share: total / length, passages };
}
