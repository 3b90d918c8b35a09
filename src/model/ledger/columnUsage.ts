import { ledgerColumns, type LedgerRole } from '../../template/ledger/ledgerColumns.ts';
import type { ColumnMapping } from './ledgerSheet.ts';

export type ColumnUse = { readonly role: LedgerRole; readonly header: string; readonly column?: number; readonly sheetHeader?: string };

/** A → 0, AA → 26: how a spreadsheet names a column. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Which column of the sheet was used for each column of the ledger format. */
export function columnUsage(mapping: ColumnMapping, headers: readonly string[]): ColumnUse[] {
  return ledgerColumns.map((column) => {
    const index = mapping[column.role];
    return index === undefined
      ? { role: column.role, header: column.header }
      : { role: column.role, header: column.header, column: index, sheetHeader: headers[index] ?? '' };
  });
}

/** 收到日期：B 列“申请日期” — one line per column, for the command line and the import dialog. */
export function describeColumnUse(use: ColumnUse): string {
  if (use.column === undefined) return `${use.header}：没有这一列`;
  return `${use.header}：${columnLetter(use.column)} 列“${use.sheetHeader ?? ''}”`;
}
