import type { LedgerCellValue, LedgerSheet } from '../../model/ledger/ledgerSheet.ts';
import { LedgerLimitError, ledgerLimitMessages, maxLedgerCellCharacters, maxLedgerCells, maxLedgerCharacters, maxLedgerColumns, maxLedgerLines } from './ledgerLimits.ts';

/**
 * A ledger sheet built a cell at a time by the .xlsx and .csv readers, holding them to the limits of
 * ledgerLimits.ts as it goes: the first cell past a limit stops the read with the Chinese reason.
 * Cells come row by row (rows in ascending order); blank text is left out; rows are padded to one width.
 */
export function ledgerSheetBuilder(): { readonly put: (row: number, column: number, value: string | number) => void; readonly sheet: () => LedgerSheet } {
  const rows: LedgerCellValue[][] = [];
  let lines = 0;
  let lastLine = -1;
  let cells = 0;
  let characters = 0;
  let width = 0;
  const put = (row: number, column: number, raw: string | number) => {
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === '') return;
    if (typeof value === 'string') {
      if (value.length > maxLedgerCellCharacters) throw new LedgerLimitError(ledgerLimitMessages.cellTooLong(row + 1, column + 1));
      characters += value.length;
      if (characters > maxLedgerCharacters) throw new LedgerLimitError(ledgerLimitMessages.tooMuchText());
    }
    if (column >= maxLedgerColumns) throw new LedgerLimitError(ledgerLimitMessages.tooManyColumns(row + 1));
    if (row !== lastLine) {
      lines += 1;
      lastLine = row;
      if (lines > maxLedgerLines) throw new LedgerLimitError(ledgerLimitMessages.tooManyLines());
    }
    cells += 1;
    if (cells > maxLedgerCells) throw new LedgerLimitError(ledgerLimitMessages.tooManyCells());
    while (rows.length <= row) rows.push([]);
    (rows[row] as LedgerCellValue[])[column] = value;
    width = Math.max(width, column + 1);
  };
  const sheet = (): LedgerSheet => rows.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? null));
  return { put, sheet };
}
