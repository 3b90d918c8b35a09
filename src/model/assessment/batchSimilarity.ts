import type { Report } from '../reportSchema.ts';
import type { SimilarSource } from './assessmentResult.ts';
import { minHashSignature, signatureSize } from './minHashSignature.ts';
import { repeatMeasure, RunSet, runHashes, type RunHashes } from './repeatPassages.ts';
import { comparableNarrative, type ComparableText } from './similarityText.ts';

export type BatchEntry = { readonly file: string; readonly report: Report; readonly unit: string };

/** Band layout of the LSH index: 64 bands of 2 values, so pairs with a Jaccard of 0.2 become candidates 93% of the time. */
const rowsPerBand = 2;
const bands = signatureSize / rowsPerBand;

/** At most this many other units are measured exactly per report (the most alike by MinHash). */
export const candidatesPerReport = 10;

type Prepared = { readonly text: ComparableText; readonly hashes: RunHashes };

/**
 * Similarity across units (spec §2) for a whole batch without comparing every pair: each narrative's
 * 13-character shingles → a MinHash signature → LSH buckets by band; only reports sharing a bucket with
 * this one (the most alike first, at most `candidatesPerReport`) are measured exactly. Reports of the same
 * unit (`unit`) are never compared here (that is last year's repeat, or a second copy).
 * For each entry: the other units whose reports hold more than `over` of its narrative, most similar first.
 */
export function batchSimilarity(entries: readonly BatchEntry[], over: number): SimilarSource[][] {
  const prepared: Prepared[] = entries.map((entry) => {
    const text = comparableNarrative(entry.report);
    return { text, hashes: runHashes(text.chars) };
  });
  const signatures = prepared.map((p) => (p.hashes.a.length === 0 ? null : minHashSignature(p.hashes)));
  const buckets = new Map<string, number[]>();
  const keysOf: string[][] = signatures.map((signature, index) => {
    if (!signature) return [];
    const keys: string[] = [];
    for (let band = 0; band < bands; band += 1) {
      const key = `${band}:${signature[band * rowsPerBand]}:${signature[band * rowsPerBand + 1]}`;
      keys.push(key);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
    return keys;
  });
  // Candidates per report: other units sharing the most bands (≈ the highest estimated Jaccard).
  const counts = new Int32Array(entries.length);
  const measureAgainst = new Map<number, number[]>(); // b → every a to be measured against b
  keysOf.forEach((keys, a) => {
    const touched: number[] = [];
    for (const key of keys) {
      for (const b of buckets.get(key) ?? []) {
        if (b === a || entries[b]?.unit === entries[a]?.unit) continue;
        if (counts[b] === 0) touched.push(b);
        counts[b] = (counts[b] ?? 0) + 1;
      }
    }
    touched.sort((x, y) => (counts[y] ?? 0) - (counts[x] ?? 0) || x - y);
    for (const b of touched.slice(0, candidatesPerReport)) {
      const list = measureAgainst.get(b);
      if (list) list.push(a);
      else measureAgainst.set(b, [a]);
    }
    for (const b of touched) counts[b] = 0;
  });
  // Exact measure, one target's run set built once for all the reports measured against it.
  const result: SimilarSource[][] = entries.map(() => []);
  for (const [b, sources] of measureAgainst) {
    const target = prepared[b];
    const entry = entries[b];
    if (!target || !entry) continue;
    const set = new RunSet(target.hashes);
    for (const a of sources) {
      const source = prepared[a];
      if (!source) continue;
      const measure = repeatMeasure(source.text, set, source.hashes);
      if (measure.share > over) result[a]?.push({ file: entry.file, agency: entry.report.meta.agency, share: measure.share, passages: measure.passages.slice(0, 5) });
    }
  }
  for (const list of result) list.sort((x, y) => y.share - x.share || x.file.localeCompare(y.file));
  return result;
}
