import type { LedgerCellValue, LedgerSheet } from '../../model/ledger/ledgerSheet.ts';
import { isoDate } from '../../model/dates.ts';
import { matchColumns } from '../../model/ledger/matchColumns.ts';

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

/**
 * The ledger sheet of an .xlsx file: the first sheet whose header row names the ledger's columns (a workbook may
 * open on a cover or explanation sheet), else the first sheet. The spreadsheet reader loads only when a ledger is read.
 */
export async function readLedgerXlsx(bytes: Uint8Array): Promise<LedgerSheet> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = (await readXlsxFile(buffer)).map((sheet): LedgerSheet => (sheet.data as readonly (readonly unknown[])[]).map((row) => row.map(toCell)));
  return sheets.find((sheet) => matchColumns(sheet).ok) ?? sheets[0] ?? [];
}
