import { docxMessages, maxDocxElements, maxDocxEntries, maxDocxRatio, maxDocxUnpackedBytes, maxDocxXmlBytes } from './docxLimits.ts';
import { wordElementCounter } from './wordElementCounter.ts';
import { packedData, readZipDirectory, type ZipEntry } from './zipDirectory.ts';

export type DocxCheck = { ok: true } | { ok: false; error: string };

const sliceSize = 16 * 1024;
const stored = 0;
const deflated = 8;

/** The packed bytes fed 16 kB at a time, only as fast as the output is read: memory stays bounded. */
function slices(packed: Uint8Array): ReadableStream<BufferSource> {
  let at = 0;
  return new ReadableStream<BufferSource>({
    pull(controller) {
      if (at >= packed.byteLength) controller.close();
      else controller.enqueue(packed.slice(at, (at += sliceSize)));
    },
  });
}

async function* unpacked(entry: ZipEntry, packed: Uint8Array): AsyncGenerator<Uint8Array> {
  if (entry.method === stored) {
    yield packed;
    return;
  }
  const reader = slices(packed).pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) yield read.value;
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

// Chromium before 103 (still inside some browsers used in offices) has no raw deflate stream: there only the
// directory is checked, and a file must not be refused as damaged for want of a decoder.
function canInflate(): boolean {
  try {
    return typeof DecompressionStream === 'function' && new DecompressionStream('deflate-raw') !== undefined;
  } catch {
    return false;
  }
}

// XML (what mammoth parses) starts with `<`, a byte-order mark or white space; pictures do not.
const startsLikeXml = (byte: number) => byte === 0x3c || byte === 0xef || byte === 0xff || byte === 0xfe;
const isSpace = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * Checks a .docx before any library unpacks it: the zip directory's file count, unpacked sizes and packing
 * ratios, then every file inflated here with a cap (a directory can lie), counting the XML's bytes and its
 * paragraphs and cells. A decompression bomb is refused within milliseconds of reading its directory.
 */
export async function inspectDocxZip(bytes: Uint8Array): Promise<DocxCheck> {
  const directory = readZipDirectory(bytes, maxDocxEntries);
  if (!directory.ok) {
    if (directory.reason === 'too-many-entries') return { ok: false, error: docxMessages.tooManyEntries(directory.entryCount ?? 0) };
    return { ok: false, error: directory.reason === 'zip64' ? docxMessages.zip64 : docxMessages.damaged };
  }
  const declaredTotal = directory.entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declaredTotal > maxDocxUnpackedBytes) return { ok: false, error: docxMessages.tooBig(declaredTotal) };
  for (const entry of directory.entries) {
    const ratio = entry.declaredSize / Math.max(entry.compressedSize, 1);
    if (entry.declaredSize > 1024 * 1024 && ratio > maxDocxRatio) return { ok: false, error: docxMessages.ratio(entry.name, ratio) };
  }
  if (!canInflate()) return { ok: true };
  const elements = wordElementCounter();
  let xmlBytes = 0;
  for (const entry of directory.entries) {
    const packed = packedData(bytes, entry);
    if (!packed || (entry.method !== stored && entry.method !== deflated)) return { ok: false, error: docxMessages.damaged };
    let size = 0;
    let kind: 'unknown' | 'xml' | 'other' = 'unknown';
    try {
      for await (const chunk of unpacked(entry, packed)) {
        size += chunk.byteLength;
        if (size > entry.declaredSize) return { ok: false, error: docxMessages.sizeMismatch(entry.name) };
        for (let i = 0; kind === 'unknown' && i < chunk.byteLength; i += 1) {
          const byte = chunk[i] ?? 0;
          if (!isSpace(byte)) kind = startsLikeXml(byte) ? 'xml' : 'other';
        }
        if (kind === 'other') continue;
        xmlBytes += chunk.byteLength;
        if (xmlBytes > maxDocxXmlBytes) return { ok: false, error: docxMessages.xmlTooBig(maxDocxXmlBytes) };
        elements.feed(chunk);
        if (elements.count() > maxDocxElements) return { ok: false, error: docxMessages.tooManyElements(maxDocxElements) };
      }
    } catch {
      return { ok: false, error: docxMessages.damaged };
    }
    if (size !== entry.declaredSize) return { ok: false, error: docxMessages.sizeMismatch(entry.name) };
  }
  return { ok: true };
}
