import { LedgerLimitError, ledgerLimitMessages, maxLedgerCellCharacters } from './ledgerLimits.ts';

/**
 * CSV or tab-separated text → its cells, each handed to `put` (row, column, text) as it ends (RFC 4180 quoting:
 * "a,b" and "" inside quotes). The delimiter is a tab when the first line has one (rows pasted from Excel or WPS),
 * else a comma. A cell growing far past the ledger's cell limit stops the read there.
 */
export function parseDelimited(text: string, put: (row: number, column: number, text: string) => void): void {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes('\t') ? '\t' : firstLine.includes(',') || !firstLine.includes('，') ? ',' : '，';
  // Surrounding spaces are trimmed later: a cell is refused here only well past the limit.
  const longestRawCell = 2 * maxLedgerCellCharacters;
  let row = 0;
  let column = 0;
  let cell = '';
  let quoted = false;
  const endCell = () => {
    put(row, column, cell);
    cell = '';
    column += 1;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) endCell();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endCell();
      row += 1;
      column = 0;
    } else cell += char;
    if (cell.length > longestRawCell) throw new LedgerLimitError(ledgerLimitMessages.cellTooLong(row + 1, column + 1));
  }
  if (cell !== '' || column > 0) endCell();
}
