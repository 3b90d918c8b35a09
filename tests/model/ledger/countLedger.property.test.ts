import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countLedger } from '../../../src/model/ledger/countLedger.ts';
import { applicantColumns, requestCellPath, requestColumnKeys, resultRows } from '../../../src/model/ledger/ledgerRows.ts';
import type { LedgerCellValue } from '../../../src/model/ledger/ledgerSheet.ts';
import { seededRandom, shuffle } from '../../fixtures/ledgerFromTable.ts';
import type { RequestsColumn, RequestsRow } from '../../../src/template/cellPathType.ts';

const header = ['序号', '收到日期', '申请人类型', '办理结果', '答复日期'];
const dates = ['2023-11-02', '2023/12/31', '2024年1月1日', '2024.6.30', '2024-12-31', '2025-01-01', 45500, '2024-02-30', '昨天', ''];
const applicants = [...applicantColumns.map((c) => c.label), '个人', ''];
const results = [...resultRows.map((r) => r.name), '（一）予以公开', '办结', '', ''];

const line = fc.tuple(
  fc.option(fc.integer({ min: 1, max: 30 }).map(String), { nil: null }),
  fc.constantFrom(...dates),
  fc.constantFrom(...applicants),
  fc.constantFrom(...results),
  fc.constantFrom(...dates),
).map((cells): LedgerCellValue[] => cells.map((cell) => (cell === '' ? null : cell)));

const sum = (cells: Readonly<Record<string, number>>, rows: readonly RequestsRow[], column: RequestsColumn) =>
  rows.reduce((total, row) => total + (cells[requestCellPath(row, column)] ?? 0), 0);

describe('countLedger on random ledgers', () => {
  it('always balances, counts every line once or lists it, and does not depend on line order', () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 60 }), fc.integer(), (lines, seed) => {
      const result = countLedger([header, ...lines], { year: 2024 });
      if (!result.ok) throw new Error(result.error);
      const { cells } = result;
      for (const column of requestColumnKeys) {
        const results = sum(cells, resultRows.map((r) => r.key), column);
        expect(cells[requestCellPath('resultsTotal', column)]).toBe(results);
        expect(sum(cells, ['received', 'carriedOver'], column)).toBe(results + (cells[requestCellPath('carriedForward', column)] ?? 0));
      }
      for (const row of ['received', 'carriedOver', 'carriedForward', 'resultsTotal', ...resultRows.map((r) => r.key)] satisfies RequestsRow[]) {
        expect(cells[requestCellPath(row, 'total')]).toBe(sum(cells, [row], 'natural') + applicantColumns.slice(1).reduce((t, c) => t + (cells[requestCellPath(row, c.key)] ?? 0), 0));
      }
      const countedRows = new Set(result.counted.map((l) => l.row));
      const uncounted = new Set(result.problems.filter((p) => !p.counted).map((p) => p.row));
      expect(countedRows.size).toBe(result.counted.length);
      expect([...countedRows].filter((row) => uncounted.has(row))).toEqual([]);
      expect(countedRows.size + uncounted.size).toBe(result.lines);
      expect(cells['tables.requests.received.total']! + cells['tables.requests.carriedOver.total']!).toBe(result.counted.length);

      const shuffled = countLedger([header, ...shuffle(lines, seededRandom(seed))], { year: 2024 });
      expect(shuffled.ok && shuffled.cells).toEqual(cells);
      expect(shuffled.ok && shuffled.problems.length).toBe(result.problems.length);
    }), { numRuns: 200 });
  });
});
