import { ledgerColumns } from '../../template/ledger/ledgerColumns.ts';
import { checkDeadlines } from './answerDeadlines.ts';
import { chineseWorkdays } from './chineseWorkdays.ts';
import type { LedgerCount } from './countLedger.ts';
import type { KeptLedger } from './keptLedgerSchema.ts';
import { problemLine } from './ledgerProblem.ts';
import type { LedgerSheet } from './ledgerSheet.ts';
import { cellText } from './ledgerText.ts';

/** What is kept with the draft of a ledger count applied to table 三 (meta.ledger). */
export function keepLedger(fileName: string, sheet: LedgerSheet, count: LedgerCount, countedOn: string): KeptLedger {
  const columns = ledgerColumns.filter((column) => count.mapping[column.role] !== undefined);
  const late = checkDeadlines(count.counted, count.year, chineseWorkdays).warnings.map((warning) => ({ row: warning.row, message: problemLine(warning) }));
  const listed = new Set([...Object.values(count.provenance).flat(), ...count.problems.map((p) => p.row), ...late.map((l) => l.row)]);
  const rows = Object.fromEntries([...listed].sort((a, b) => a - b).map((row) => [
    String(row),
    columns.map((column) => cellText(sheet[row - 1]?.[count.mapping[column.role] ?? -1])),
  ]));
  return {
    fileName,
    year: count.year,
    countedOn,
    lines: count.lines,
    countedLines: count.counted.length,
    cells: { ...count.cells },
    provenance: Object.fromEntries(Object.entries(count.provenance).map(([path, list]) => [path, [...list]])),
    problems: count.problems.map(({ row, number, problem, counted }) => ({ row, number, problem, counted })),
    late,
    columns: columns.map((column) => column.header),
    rows,
  };
}

/** The kept count without one cell: the clerk detached it from the ledger. */
export function detachLedgerCell(kept: KeptLedger, path: string): KeptLedger {
  const { [path]: _cell, ...cells } = kept.cells;
  const { [path]: _lines, ...provenance } = kept.provenance;
  return { ...kept, cells, provenance };
}
