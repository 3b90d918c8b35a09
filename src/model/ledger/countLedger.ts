import type { ColumnMapping, LedgerSheet } from './ledgerSheet.ts';
import type { LedgerProblem } from './ledgerProblem.ts';
import { findDuplicates } from './findDuplicates.ts';
import { yearOf } from './ledgerDate.ts';
import { requestCellPath, requestColumnKeys, requestRowKeys } from './ledgerRows.ts';
import { matchColumns } from './matchColumns.ts';
import { readLedgerLine, type LedgerLine } from './readLedgerLine.ts';
import type { RequestsColumn, RequestsRow } from '../../template/cellPathType.ts';

/** A line that went into table 三: the two rows it counts in (一 or 二, and a result row or 四). */
export type CountedLine = LedgerLine & { readonly applicant: RequestsColumn; readonly receivedOn: string; readonly intake: 'received' | 'carriedOver'; readonly outcome: RequestsRow };

export type LedgerCount = {
  readonly year: number;
  /** The header row of the sheet (1-based) and which column was used for what. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  /** All 175 cells of table 三 by cell path; a cell no line counts in is 0. */
  readonly cells: Readonly<Record<string, number>>;
  /** The sheet rows each non-zero cell counts. */
  readonly provenance: Readonly<Record<string, readonly number[]>>;
  /** Lines with anything in them; counted + the lines listed as not counted. */
  readonly lines: number;
  readonly counted: readonly CountedLine[];
  readonly problems: readonly LedgerProblem[];
};

export type LedgerCountResult = ({ readonly ok: true } & LedgerCount) | { readonly ok: false; readonly error: string };

export type CountOptions = { readonly year: number; readonly mapping?: ColumnMapping; readonly headerRow?: number };

function place(line: LedgerLine, year: number): { intake: 'received' | 'carriedOver'; outcome: RequestsRow; problems: LedgerProblem[] } | LedgerProblem {
  const receivedOn = line.receivedOn ?? '';
  const base = { row: line.row, number: line.number };
  if (yearOf(receivedOn) > year) {
    return { ...base, kind: 'outside-year', problem: `收到日期 ${receivedOn} 在 ${year} 年之后，不属于本年度，未计入。`, counted: false };
  }
  if (line.answeredOn && yearOf(line.answeredOn) < year) {
    return { ...base, kind: 'outside-year', problem: `${year} 年之前已经答复（${line.answeredOn}），不属于本年度，未计入。`, counted: false };
  }
  const intake = yearOf(receivedOn) === year ? 'received' : 'carriedOver';
  const problems: LedgerProblem[] = [];
  if (line.result && !line.answeredOn) {
    problems.push({ ...base, kind: 'missing-answered', problem: '有办理结果但没有填答复日期，已按本年办结计入；请补填答复日期。', counted: true });
  }
  if (!line.result && line.answeredOn && yearOf(line.answeredOn) === year) {
    problems.push({ ...base, kind: 'answered-without-result', problem: '有答复日期但没有办理结果，已按“结转下年度继续办理”计入；已办结的请填写办理结果。', counted: true });
  }
  const answeredLater = line.answeredOn !== undefined && yearOf(line.answeredOn) > year;
  const outcome = line.result && !answeredLater ? line.result : 'carriedForward';
  return { intake, outcome, problems };
}

/** Counts a ledger into table 三 for a report year (spec/ledger-format.md); the counted table always balances. */
export function countLedger(sheet: LedgerSheet, options: CountOptions): LedgerCountResult {
  const found = options.mapping ? undefined : matchColumns(sheet);
  if (found && !found.ok) return found;
  const headerIndex = options.headerRow !== undefined ? options.headerRow - 1 : (found?.ok ? found.headerRow : 0);
  const mapping = options.mapping ?? (found?.ok ? found.mapping : {});
  const lines: LedgerLine[] = [];
  for (let index = headerIndex + 1; index < sheet.length; index += 1) {
    const line = readLedgerLine(sheet, index, mapping);
    if (line) lines.push(line);
  }
  const duplicates = findDuplicates(lines.filter((line) => line.problems.length === 0));
  const cells: Record<string, number> = {};
  for (const row of requestRowKeys) for (const column of requestColumnKeys) cells[requestCellPath(row, column)] = 0;
  const provenance: Record<string, number[]> = {};
  const add = (rowKey: RequestsRow, column: RequestsColumn, row: number) => {
    for (const path of [requestCellPath(rowKey, column), requestCellPath(rowKey, 'total')]) {
      cells[path] = (cells[path] ?? 0) + 1;
      (provenance[path] ??= []).push(row);
    }
  };
  const counted: CountedLine[] = [];
  const problems: LedgerProblem[] = [];
  for (const line of lines) {
    const duplicate = duplicates.get(line.row);
    if (line.problems.length > 0 || duplicate) {
      problems.push(...line.problems, ...(duplicate ? [duplicate] : []));
      continue;
    }
    const placed = place(line, options.year);
    if (!('intake' in placed)) {
      problems.push(placed);
      continue;
    }
    const applicant = line.applicant;
    // Never: a line without an applicant type has a problem (readLedgerLine) and was skipped above.
    if (applicant === undefined) continue;
    add(placed.intake, applicant, line.row);
    add(placed.outcome, applicant, line.row);
    if (placed.outcome !== 'carriedForward') add('resultsTotal', applicant, line.row);
    problems.push(...placed.problems);
    counted.push({ ...line, applicant, receivedOn: line.receivedOn ?? '', intake: placed.intake, outcome: placed.outcome });
  }
  problems.sort((a, b) => a.row - b.row);
  const headers = (sheet[headerIndex] ?? []).map((cell) => (cell === null ? '' : String(cell)));
  return { ok: true, year: options.year, headerRow: headerIndex + 1, headers, mapping, cells, provenance, lines: lines.length, counted, problems };
}
