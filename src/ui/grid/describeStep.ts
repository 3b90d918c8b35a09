import type { CellValue } from '../../model/cellValue.ts';
import { cellPlace } from '../../model/findingMessages.ts';
import { formatCellInput } from '../../model/parseCellInput.ts';
import type { EditStep } from './editHistory.ts';

const shown = (value: CellValue): string => (value === null ? '空白' : formatCellInput(value));

/**
 * What 撤销 or 重做 just did, in one line for the grid's message (read out politely): the cell and its
 * figures for one cell, the count and the first cell for a paste or a fill of totals.
 */
export function describeStep(step: EditStep, side: 'before' | 'after'): string {
  const verb = side === 'before' ? '已撤销' : '已重做';
  const [first] = step;
  if (!first) return `${verb}。`;
  if (step.length === 1) {
    const [from, to] = side === 'before' ? [first.after, first.before] : [first.before, first.after];
    return `${verb}：${cellPlace(first.path)} ${shown(from)} → ${shown(to)}。`;
  }
  return `${verb} ${step.length} 格的修改（从${cellPlace(first.path)}起）。`;
}
