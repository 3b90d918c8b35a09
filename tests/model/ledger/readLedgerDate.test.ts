import { describe, expect, it } from 'vitest';
import { readLedgerDate } from '../../../src/model/ledger/ledgerDate.ts';
import { matchApplicant, matchResult } from '../../../src/model/ledger/matchResult.ts';
import { resultRows } from '../../../src/model/ledger/ledgerRows.ts';

describe('readLedgerDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'], ['2024/3/5', '2024-03-05'], ['2024年3月5日', '2024-03-05'], ['2024.3.5', '2024-03-05'],
    ['２０２４年３月５日', '2024-03-05'], ['2024 年 3 月 5 日', '2024-03-05'], ['2024-03-05 14:30', '2024-03-05'], ['20240305', '2024-03-05'],
    [45356, '2024-03-05'], ['45356', '2024-03-05'], [45356.5, '2024-03-05'],
  ])('reads %s', (input, iso) => expect(readLedgerDate(input)).toBe(iso));

  it.each(['2024-02-30', '3月5日', '2024-13-01', '昨天', '12', 5])('refuses %s', (input) => expect(readLedgerDate(input)).toBeUndefined());
});

describe('matchResult and matchApplicant', () => {
  it('knows all 21 result rows by their label without number and as printed', () => {
    expect(resultRows).toHaveLength(21);
    for (const row of resultRows) {
      expect(matchResult(row.name)).toBe(row.key);
      expect(matchResult(row.label)).toBe(row.key);
    }
  });

  it('refuses what is not a result row or an applicant type', () => {
    expect(matchResult('已办结')).toBeUndefined();
    expect(matchResult('不予公开')).toBeUndefined();
    expect(matchApplicant('个人')).toBeUndefined();
    expect(matchApplicant('法人或其他组织')).toBeUndefined();
    expect(matchApplicant('其他')).toBe('otherOrg');
    expect(matchApplicant('社会 公益组织')).toBe('nonprofit');
  });
});
