import { readZipDirectory, type ZipEntry } from '../zipDirectory.ts';
import { inflateZipEntry, ZipEntryError } from '../zipEntryStream.ts';
import { xmlScanner, type XmlEvents } from '../xmlScanner.ts';
import { LedgerLimitError, ledgerLimitMessages, maxXlsxEntries, maxXlsxRatio, maxXlsxSmallPartBytes, maxXlsxUnpackedBytes } from './ledgerLimits.ts';

/** Thrown by an XML handler to stop reading a part early (it has what it needs). */
export class StopReading extends Error {}

/** The parts of an .xlsx, checked as a zip before anything is inflated and inflated only under a byte budget. */
export type XlsxPackage = {
  readonly has: (name: string) => boolean;
  /** A small part (workbook, relationships, styles) whole, as text; undefined when the zip has no such part. */
  readonly text: (name: string) => string | undefined;
  /** A part streamed through an XML scan in bounded memory; false when the zip has no such part. */
  readonly scan: (name: string, events: XmlEvents) => boolean;
};

const utf8 = () => new TextDecoder('utf-8');
const normalName = (name: string) => name.replace(/\\/g, '/').replace(/^\//, '');

/**
 * Opens an .xlsx: its zip directory's file count, declared sizes and packing ratios are checked first (a
 * decompression bomb is refused before one byte is inflated), then every inflate counts against the same
 * budget as it goes (a directory can lie). Throws LedgerLimitError with the Chinese reason.
 */
export function openXlsx(bytes: Uint8Array): XlsxPackage {
  const directory = readZipDirectory(bytes, maxXlsxEntries);
  if (!directory.ok) {
    if (directory.reason === 'too-many-entries') throw new LedgerLimitError(ledgerLimitMessages.zipTooManyEntries(directory.entryCount ?? 0));
    throw new LedgerLimitError(directory.reason === 'zip64' ? ledgerLimitMessages.zip64 : ledgerLimitMessages.damaged);
  }
  const declared = directory.entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declared > maxXlsxUnpackedBytes) throw new LedgerLimitError(ledgerLimitMessages.zipTooBig(declared));
  for (const entry of directory.entries) {
    const ratio = entry.declaredSize / Math.max(entry.compressedSize, 1);
    if (entry.declaredSize > 1024 * 1024 && ratio > maxXlsxRatio) throw new LedgerLimitError(ledgerLimitMessages.zipRatio(entry.name, ratio));
  }
  const entries = new Map<string, ZipEntry>(directory.entries.map((entry) => [normalName(entry.name), entry]));
  let inflated = 0;
  const inflate = (entry: ZipEntry, onChunk: (chunk: Uint8Array) => void) => {
    try {
      inflateZipEntry(bytes, entry, (chunk) => {
        inflated += chunk.byteLength;
        if (inflated > maxXlsxUnpackedBytes) throw new LedgerLimitError(ledgerLimitMessages.zipTooBig(inflated));
        onChunk(chunk);
      });
    } catch (error) {
      if (error instanceof ZipEntryError) {
        throw new LedgerLimitError(error.problem === 'size-mismatch' ? ledgerLimitMessages.zipSizeMismatch(entry.name) : ledgerLimitMessages.damaged);
      }
      throw error;
    }
  };
  const text = (name: string) => {
    const entry = entries.get(name);
    if (!entry) return undefined;
    if (entry.declaredSize > maxXlsxSmallPartBytes) throw new LedgerLimitError(ledgerLimitMessages.partTooBig(name));
    const decoder = utf8();
    let out = '';
    inflate(entry, (chunk) => {
      out += decoder.decode(chunk, { stream: true });
    });
    return out + decoder.decode();
  };
  const scan = (name: string, events: XmlEvents) => {
    const entry = entries.get(name);
    if (!entry) return false;
    const decoder = utf8();
    const scanner = xmlScanner(events);
    try {
      inflate(entry, (chunk) => scanner.feed(decoder.decode(chunk, { stream: true })));
      scanner.feed(decoder.decode());
    } catch (error) {
      if (!(error instanceof StopReading)) throw error;
    }
    return true;
  };
  return { has: (name) => entries.has(name), text, scan };
}
