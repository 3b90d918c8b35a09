import type { CellPath } from '../../template/cellPathType.ts';
import { appealsTable } from '../../template/appealsTable.ts';
import { cellPlaceInFull } from '../cellPlaceInFull.ts';
import type { Finding } from '../finding.ts';
import { headerChain } from '../headerTree.ts';
import type { Report } from '../reportSchema.ts';
import { nothingCovered, type Covered } from './covered.ts';
import { narrativeFields } from './narrativeFields.ts';
import { ruleSeverity } from '../../template/reportRules.ts';
import { tableSum } from './tableSum.ts';

type Denial = {
  readonly pattern: RegExp;
  /** What the denial covers, from the matched words. */
  readonly covers: (matched: string) => readonly { readonly cells: readonly CellPath[]; readonly name: string }[];
};

const reviewCells = { cells: ['tables.appeals.review.total'] satisfies CellPath[], name: cellPlaceInFull('tables.appeals.review.total') };
const suitCells = { cells: ['tables.appeals.suitDirect.total', 'tables.appeals.suitAfterReview.total'] satisfies CellPath[], name: `表四「${headerChain(appealsTable.columns, 'suitDirect').at(-2)?.label}」的总计` };

const denials: readonly Denial[] = [
  {
    // 未收到政府信息公开申请 / 没有受理依申请公开事项 — the whole phrase, so 未收到纸质申请 is not read as none at all.
    pattern: /(?:未|没有|无)(?:收到|受理|接到|接收)(?:过)?(?:任何)?(?:政府信息公开申请|政府信息依申请公开(?:事项|申请)?|依申请公开(?:政府信息)?(?:事项|申请)?|信息公开申请|公开申请|申请)(?![人书表])/g,
    covers: () => [{ cells: ['tables.requests.received.total'], name: cellPlaceInFull('tables.requests.received.total') }],
  },
  {
    // 未发生行政复议、行政诉讼 / 未出现复议、诉讼 / 无政府信息公开行政复议和行政诉讼案件
    pattern: /(?:未|没有|无)(?:发生|产生|出现|收到|涉及|接到|引发|被提起)?(?:过)?(?:任何)?(?:因政府信息公开(?:工作)?(?:而)?(?:引起|引发|产生)的|涉及政府信息公开的|政府信息公开)?(?:(?:行政)?(?:复议|诉讼)(?:案件)?(?:[、和及与或]|以及)?){1,2}/g,
    covers: (matched) => [...(/复议/.test(matched) ? [reviewCells] : []), ...(/诉讼/.test(matched) ? [suitCells] : [])],
  },
];

/** "未收到申请" / "未发生行政复议、行政诉讼" while the table counts some. */
export function checkNoneButTable(report: Report, covered: Covered = nothingCovered): Finding[] {
  return narrativeFields(report).flatMap((field) =>
    denials.flatMap((denial) =>
      [...field.value.matchAll(denial.pattern)].flatMap((match) => {
        if (covered(field.path, match.index)) return [];
        const said = match[0].replace(/[、和及与或]$|以及$/, '');
        return denial.covers(said).flatMap((target): Finding[] => {
          const actual = tableSum(report, target.cells);
          if (actual === undefined || actual === 0) return [];
          return [{
            severity: ruleSeverity('narrative-none-but-table'),
            rule: 'narrative-none-but-table',
            cells: [field.path, ...target.cells],
            expected: actual,
            actual: 0,
            message: `正文“${said}”，而${target.name}为 ${actual}，请核对正文或表格`,
          }];
        });
      }),
    ),
  );
}
