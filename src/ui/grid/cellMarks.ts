import type { Finding, Suspect } from '../../model/finding.ts';
import { suspectMessage } from '../../model/findingMessages.ts';
import { verdictOf, verdictWord } from '../../model/verdict.ts';

/**
 * The mark a cell shows (explained by GridLegend):
 * - 'error'   ✖  the cell to fix: the suspect of a failing sum, or an error shown here with no suspect elsewhere;
 * - 'warning' ⚠  a 提醒 about this cell;
 * - 'involved' ↔ part of a failing sum whose wrong cell is elsewhere or not known (not necessarily wrong);
 * - 'acknowledged' dashed frame: a 提醒 about this cell marked 已核实.
 */
export type CellMark = 'error' | 'warning' | 'involved' | 'acknowledged';

export type CellMarks = {
  readonly mark: CellMark | undefined;
  /** aria-invalid: on each error's cells[0] and on each suspect — nothing else. */
  readonly invalid: boolean;
  /** The suspect naming this cell: the figure it should hold, offered as one click. */
  readonly suspect: Suspect | undefined;
  /** Some failing sum here names another cell as its suspect: the total's "改为 N" would copy a typo. */
  readonly suspectElsewhere: boolean;
  /** The tip's lines, the suspect first. */
  readonly lines: readonly string[];
};

// A blank cell while drafting is normal: it is counted in the panel, not marked on the grid.
const shown = (finding: Finding): boolean => verdictOf(finding) !== 'blank' || finding.severity === 'error';

export function cellMarks(path: string, all: readonly Finding[]): CellMarks {
  const findings = all.filter(shown);
  const suspect = findings.find((f) => f.suspect?.cell === path)?.suspect;
  const suspectElsewhere = findings.some((f) => f.suspect !== undefined && f.suspect.cell !== path);
  const errors = findings.filter((f) => f.severity === 'error');
  const anchoredErrors = errors.filter((f) => f.cells[0] === path);
  const invalid = suspect !== undefined || anchoredErrors.length > 0;
  const ownError = anchoredErrors.some((f) => f.suspect === undefined);
  const anchoredWarnings = findings.filter((f) => f.severity === 'warning' && f.cells[0] === path);
  const mark: CellMark | undefined = suspect !== undefined || ownError ? 'error'
    : errors.length > 0 ? 'involved'
      : anchoredWarnings.some((f) => verdictOf(f) === 'advice') ? 'warning'
        : anchoredWarnings.length > 0 ? 'acknowledged'
          : undefined;
  const lines = [
    ...(suspect ? [suspectMessage(path, suspect.value).replace(/^表.「[^」]*」/, '此格')] : []),
    ...findings.map((f) => {
      const verdict = verdictOf(f);
      const note = f.acknowledged ? `（${f.acknowledged.reason}）` : '';
      return `${verdictWord[verdict]}：${f.message}${note}`;
    }),
  ];
  return { mark, invalid, suspect, suspectElsewhere, lines };
}
