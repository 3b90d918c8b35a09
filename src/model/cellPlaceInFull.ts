import type { CellPath } from '../template/cellPathType.ts';
import { tableNumeral } from '../template/sections.ts';
import { tableById } from '../template/tables.ts';
import { knownCell } from './cellCatalog.ts';
import { headerChain } from './headerTree.ts';

/**
 * A cell the code names, by its labels in full as the table prints them: 表三「一、本年新收政府信息公开申请数量 /
 * 总计」, 表二「行政许可 / 本年处理决定数量」; table 四 (no row labels) by its group: 表四「行政诉讼（复议后起诉） / 总计」.
 */
export function cellPlaceInFull(path: CellPath): string {
  const cell = knownCell(path);
  const table = tableById[cell.table];
  if (cell.rowLabels.length > 0 || table.kind === 'blocks') return `表${tableNumeral(cell.table)}「${cell.rowLabels.at(-1)} / ${cell.columnLabels.at(-1)}」`;
  const group = headerChain(table.columns, cell.columnKeys[0] ?? '').at(-1);
  return `表${tableNumeral(cell.table)}「${group?.short ?? group?.label} / ${cell.columnLabels.at(-1)}」`;
}
