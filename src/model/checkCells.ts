import { cellByPath } from './cellCatalog.ts';
import { cellStatus, type CellValue } from './cellValue.ts';
import type { Finding } from './finding.ts';
import { blankMessage, invalidMessage } from './findingMessages.ts';

export type Stage = 'draft' | 'final';

/** invalid-value and blank-cell for one cell. Blank is a warning while drafting, an error on export. */
export function checkCell(path: string, value: CellValue, stage: Stage): Finding | undefined {
  const cell = cellByPath.get(path);
  const status = cellStatus(value, cell?.valueKind ?? 'count');
  if (status.kind === 'invalid') {
    return { severity: 'error', rule: 'invalid-value', cells: [path], message: invalidMessage(path, String(value), status.reason) };
  }
  if (status.kind === 'blank') {
    return { severity: stage === 'final' ? 'error' : 'warning', rule: 'blank-cell', cells: [path], message: blankMessage(path) };
  }
  return undefined;
}
