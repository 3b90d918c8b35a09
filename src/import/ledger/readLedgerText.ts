import type { LedgerSheet } from '../../model/ledger/ledgerSheet.ts';
import { decodeText } from '../decodeText.ts';
import { ledgerSheetBuilder } from './ledgerSheetBuilder.ts';
import { parseDelimited } from './parseDelimited.ts';

/**
 * Rows pasted from Excel or WPS (tab-separated) or typed as CSV → a ledger sheet, held to the ledger's limits
 * (throws LedgerLimitError with the Chinese reason past one).
 */
export function readLedgerText(text: string): LedgerSheet {
  const builder = ledgerSheetBuilder();
  parseDelimited(text.replace(/^\uFEFF/, ''), builder.put);
  return builder.sheet();
}

/** A .csv file as Excel or WPS save it: UTF-8 with or without BOM, or GB18030 on Chinese Windows. */
export function readLedgerCsv(bytes: Uint8Array): LedgerSheet {
  return readLedgerText(decodeText(bytes));
}
