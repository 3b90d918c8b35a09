import type { CellPath } from '../template/cellPathType.ts';
import { cellByPath } from './cellCatalog.ts';
import { cellNumber, type CellValue } from './cellValue.ts';
import type { Suspect } from './finding.ts';
import { lookalikeFigure } from './lookalikeDigits.ts';
import { sumRulesByCell } from './sumRules.ts';

/**
 * A cell holding a letter typed for a digit ("l9", "2o") is the suspect, with the figure it resembles, when
 * the sums it takes part in balance with that reading: at least one of them can be checked (every other cell a
 * number) and none that can be checked fails. Otherwise none: the sums do not point at that figure.
 */
export function lookalikeSuspect(path: CellPath, value: CellValue, valueOf: (path: string) => CellValue): Suspect | undefined {
  if (typeof value !== 'string') return undefined;
  const kind = cellByPath.get(path)?.valueKind ?? 'count';
  const figure = lookalikeFigure(value);
  if (figure === undefined || cellNumber(figure, kind) === undefined) return undefined;
  const read = (cell: string) => (cell === path ? figure : cellNumber(valueOf(cell), cellByPath.get(cell)?.valueKind ?? 'count'));
  let balanced = 0;
  for (const rule of sumRulesByCell.get(path) ?? []) {
    const values = rule.cells.map(read);
    if (values.some((v) => v === undefined)) continue;
    const sum = (cells: readonly string[]) => cells.reduce((total, cell) => total + (read(cell) ?? 0), 0);
    if (sum(rule.left) !== sum(rule.right)) return undefined;
    balanced += 1;
  }
  return balanced > 0 ? { cell: path, value: figure } : undefined;
}
