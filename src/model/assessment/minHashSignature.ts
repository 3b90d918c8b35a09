import type { RunHashes } from './repeatPassages.ts';

/** Number of MinHash values per text (one-permutation hashing: one bin each). */
export const signatureSize = 128;

// murmur3's finaliser: a well-mixed 32-bit hash of a 32-bit value.
function mix(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85eb_ca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2_ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A MinHash signature of a set of shingle hashes by one-permutation hashing: each shingle is hashed once,
 * its top bits pick a bin and the rest compete for that bin's minimum; empty bins borrow from the next
 * filled bin (rotation), so two texts agree in a bin with probability ≈ their Jaccard similarity.
 */
export function minHashSignature(shingles: RunHashes): Uint32Array {
  const empty = 0xffff_ffff;
  const bins = new Uint32Array(signatureSize).fill(empty);
  for (let i = 0; i < shingles.a.length; i += 1) {
    const h = mix((shingles.a[i] ?? 0) ^ mix(shingles.b[i] ?? 0));
    const bin = h >>> 25; // 7 bits: 128 bins
    const rest = h & 0x01ff_ffff;
    if (rest < (bins[bin] ?? empty)) bins[bin] = rest;
  }
  if (shingles.a.length === 0) return bins;
  for (let bin = 0; bin < signatureSize; bin += 1) {
    if (bins[bin] !== empty) continue;
    for (let step = 1; step < signatureSize; step += 1) {
      const from = bins[(bin + step) % signatureSize] ?? empty;
      if (from !== empty) {
        bins[bin] = from + step * 0x0200_0000;
        break;
      }
    }
  }
  return bins;
}
