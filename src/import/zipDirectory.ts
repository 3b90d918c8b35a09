/** One file of a zip as its central directory describes it (the sizes are claims until inflated). */
export type ZipEntry = {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
};

export type ZipDirectory =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly reason: 'damaged' | 'zip64' | 'too-many-entries'; readonly entryCount?: number };

const endSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
const endRecordSize = 22;
const maxCommentLength = 0xffff;
const utf8 = new TextDecoder('utf-8');

function findEndRecord(view: DataView): number {
  const last = view.byteLength - endRecordSize;
  for (let at = last; at >= 0 && at >= last - maxCommentLength; at -= 1) {
    if (view.getUint32(at, true) === endSignature) return at;
  }
  return -1;
}

/**
 * The central directory of a zip, read from the bytes without inflating anything (a .docx is a zip),
 * so the unpacked sizes and the number of files can be checked before any library unpacks them.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return { ok: false, reason: 'damaged' };
  const entryCount = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) return { ok: false, reason: 'zip64' };
  if (entryCount > maxEntries) return { ok: false, reason: 'too-many-entries', entryCount };
  if (directoryOffset + directorySize > end) return { ok: false, reason: 'damaged' };
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < entryCount; i += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== centralSignature) return { ok: false, reason: 'damaged' };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(at + 46, Math.min(at + 46 + nameLength, end))),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    if (entry.compressedSize === 0xffffffff || entry.declaredSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) {
      return { ok: false, reason: 'zip64' };
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The entry's packed bytes, found through its local header as unzip libraries do; undefined when out of range. */
export function packedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.byteLength || view.getUint32(header, true) !== localSignature) return undefined;
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const stop = start + entry.compressedSize;
  return stop <= bytes.byteLength ? bytes.subarray(start, stop) : undefined;
}
