import type { LedgerLine } from './readLedgerLine.ts';
import type { LedgerProblem } from './ledgerProblem.ts';
import { compactText } from './ledgerText.ts';

/**
 * Lines sharing a 序号. Identical lines (the same row pasted twice) count once: the first stays, the others are
 * listed. Lines that differ count none: which one is right is not guessed. The counts do not depend on line order.
 */
export function findDuplicates(lines: readonly LedgerLine[]): ReadonlyMap<number, LedgerProblem> {
  const groups = new Map<string, LedgerLine[]>();
  for (const line of lines) {
    const key = compactText(line.number);
    if (key === '') continue;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  const problems = new Map<number, LedgerProblem>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const rows = group.map((line) => line.row);
    const identical = group.every((line) => line.signature === group[0]?.signature);
    group.forEach((line, index) => {
      if (identical && index === 0) return;
      const others = rows.filter((row) => row !== line.row).join('、');
      problems.set(line.row, {
        row: line.row,
        number: line.number,
        kind: 'duplicate-number',
        problem: identical
          ? `序号“${line.number}”与第 ${rows[0] ?? ''} 行重复且内容相同，只计一次；请删去重复的一行。`
          : `序号“${line.number}”与第 ${others} 行重复而内容不同，均未计入；请核对后改正序号或删去错的一行。`,
        counted: false,
      });
    });
  }
  return problems;
}
