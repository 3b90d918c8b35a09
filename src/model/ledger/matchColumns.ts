import { ledgerColumns, type LedgerRole } from '../../template/ledger/ledgerColumns.ts';
import type { ColumnMapping, LedgerSheet } from './ledgerSheet.ts';
import { cellText, compactText } from './ledgerText.ts';

export type HeaderMatch =
  | { readonly ok: true; readonly headerRow: number; readonly mapping: ColumnMapping; readonly headers: readonly string[] }
  | { readonly ok: false; readonly error: string };

// A title line (2024年依申请公开台账) may stand above the headers.
const headerSearchRows = 10;

/** Headers → which column holds each role: the spec's header first, then synonyms, each column used once. */
export function mapHeaders(headers: readonly string[]): ColumnMapping {
  const compact = headers.map((header) => compactText(header));
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const column of ledgerColumns) {
    for (const name of [column.header, ...column.synonyms]) {
      const index = compact.findIndex((header, i) => header === compactText(name) && !used.has(i));
      if (index >= 0) {
        mapping[column.role] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}

export const missingRoles = (mapping: ColumnMapping): LedgerRole[] =>
  ledgerColumns.filter((column) => column.required && mapping[column.role] === undefined).map((column) => column.role);

export const headerOf = (role: LedgerRole): string => ledgerColumns.find((column) => column.role === role)?.header ?? role;

/** Finds the header row (the first of the first rows that names every required column) and maps its columns. */
export function matchColumns(sheet: LedgerSheet): HeaderMatch {
  const candidates = sheet.slice(0, headerSearchRows).map((row) => row.map((cell) => cellText(cell)));
  for (const [index, headers] of candidates.entries()) {
    const mapping = mapHeaders(headers);
    if (missingRoles(mapping).length === 0) return { ok: true, headerRow: index, mapping, headers };
  }
  const first = candidates.find((row) => row.some((cell) => cell !== ''));
  if (!first) return { ok: false, error: '台账是空的：没有找到任何内容。请确认选对了文件，第一行是列标题。' };
  const missing = missingRoles(mapHeaders(first)).map((role) => `“${headerOf(role)}”`).join('、');
  return {
    ok: false,
    error: `台账中找不到${missing}列。第一行应是列标题（收到日期、申请人类型、办理结果、答复日期等），请检查列标题后再导入。`,
  };
}
