import type { LedgerSheet } from '../../model/ledger/ledgerSheet.ts';
import { decodeText } from '../decodeText.ts';
import { parseDelimited } from './parseDelimited.ts';

const blankToNull = (rows: readonly (readonly string[])[]): LedgerSheet =>
  rows.map((row) => row.map((cell) => (cell.trim() === '' ? null : cell.trim())));

/** Rows pasted from Excel or WPS (tab-separated) or typed as CSV → a ledger sheet. */
export function readLedgerText(text: string): LedgerSheet {
  return blankToNull(parseDelimited(text.replace(/^\uFEFF/, '')));
}

/** A .csv file as Excel or WPS save it: UTF-8 with or without BOM, or GB18030 on Chinese Windows. */
export function readLedgerCsv(bytes: Uint8Array): LedgerSheet {
  return readLedgerText(decodeText(bytes));
}
