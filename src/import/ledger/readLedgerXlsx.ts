import type { LedgerCellValue, LedgerSheet } from '../../model/ledger/ledgerSheet.ts';
import { isoDate } from '../../model/dates.ts';

// A date cell arrives as a Date at UTC midnight of the day shown in the sheet.
function toCell(value: unknown): LedgerCellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number') return value;
  const text = String(value).trim();
  return text === '' ? null : text;
}

/** The first sheet of an .xlsx file; the spreadsheet reader is loaded only when a ledger is read. */
export async function readLedgerXlsx(bytes: Uint8Array): Promise<LedgerSheet> {
  const { readSheet } = await import('read-excel-file/universal');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const rows: readonly (readonly unknown[])[] = await readSheet(buffer);
  return rows.map((row) => row.map(toCell));
}
