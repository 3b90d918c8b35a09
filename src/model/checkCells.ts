import { ruleSeverity } from '../template/reportRules.ts';
import { cellByPath } from './cellCatalog.ts';
import { cellStatus, type CellValue } from './cellValue.ts';
import type { Finding } from './finding.ts';
import { blankMessage, invalidMessage } from './findingMessages.ts';
import { lookalikeSuspect } from './lookalikeSuspect.ts';
import type { CellPath } from '../template/cellPathType.ts';

export type Stage = 'draft' | 'final';

/**
 * invalid-value and blank-cell for one cell. Blank is a warning while drafting, an error on export. With the
 * other cells (`valueOf`), a letter typed for a digit that the sums confirm names its figure as the suspect.
 */
export function checkCell(path: CellPath, value: CellValue, stage: Stage, valueOf?: (path: string) => CellValue): Finding | undefined {
  const cell = cellByPath.get(path);
  const status = cellStatus(value, cell?.valueKind ?? 'count');
  if (status.kind === 'invalid') {
    const suspect = valueOf ? lookalikeSuspect(path, value, valueOf) : undefined;
    const message = invalidMessage(path, String(value), status.reason);
    return {
      severity: ruleSeverity('invalid-value'), rule: 'invalid-value', cells: [path],
      message: suspect ? `${message.replace(/。$/, '')}；按合计应为 ${suspect.value}（可能把数字打成了形近的字母）。` : message,
      ...(suspect ? { suspect } : {}),
    };
  }
  if (status.kind === 'blank') {
    return { severity: ruleSeverity('blank-cell', stage), rule: 'blank-cell', cells: [path], message: blankMessage(path) };
  }
  return undefined;
}
