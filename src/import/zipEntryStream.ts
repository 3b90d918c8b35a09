import { Inflate } from 'fflate';
import { packedData, type ZipEntry } from './zipDirectory.ts';

const sliceSize = 16 * 1024;
const stored = 0;
const deflated = 8;

export type EntryProblem = 'damaged' | 'size-mismatch';

/** Thrown by `inflateZipEntry` when an entry cannot be inflated as its directory describes it. */
export class ZipEntryError extends Error {
  constructor(readonly problem: EntryProblem) {
    super(problem);
  }
}

/**
 * One zip entry inflated a slice at a time (fflate's streaming inflate: the same in Node and in every browser),
 * each piece handed to `onChunk` as it comes. More bytes than the directory declared stops it at once (a
 * directory can lie), so memory stays at one slice's output whatever the entry holds. `onChunk` may throw to
 * stop early; that error passes through. Returns the bytes inflated.
 */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): number {
  const packed = packedData(bytes, entry);
  if (!packed || (entry.method !== stored && entry.method !== deflated)) throw new ZipEntryError('damaged');
  let size = 0;
  const take = (chunk: Uint8Array) => {
    size += chunk.byteLength;
    if (size > entry.declaredSize) throw new ZipEntryError('size-mismatch');
    if (chunk.byteLength > 0) onChunk(chunk);
  };
  if (entry.method === stored) {
    for (let at = 0; at < packed.byteLength; at += sliceSize) take(packed.subarray(at, at + sliceSize));
  } else {
    const inflate = new Inflate((chunk) => take(chunk));
    try {
      for (let at = 0; at < packed.byteLength; at += sliceSize) {
        inflate.push(packed.subarray(at, at + sliceSize), at + sliceSize >= packed.byteLength);
      }
      if (packed.byteLength === 0) inflate.push(new Uint8Array(0), true);
    } catch (error) {
      // fflate's own errors (bad data) carry a numeric code; the caller's (and ours) pass through.
      if (typeof (error as { code?: unknown }).code === 'number') throw new ZipEntryError('damaged');
      throw error;
    }
  }
  if (size !== entry.declaredSize) throw new ZipEntryError('size-mismatch');
  return size;
}
