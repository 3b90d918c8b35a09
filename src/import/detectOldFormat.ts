import { headerChain } from '../model/headerTree.ts';
import { requestsTable } from '../template/requestsTable.ts';
import type { StreamCell } from './cellStream.ts';
import { normalizeLabel } from './normalizeLabel.ts';

// Column and block labels that only the 2019 trial format (国办公开办函〔2019〕60号) printed.
const oldLabels = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '第二十条第（九）项', '政府集中采购'].map(normalizeLabel);

// In 2019 （六）其他处理 was one row with figures; in 2021 it is a group of three rows.
const otherHandling = headerChain(requestsTable.rows, 'otherHandling').at(-1)?.label;
const otherHandlingGroup = otherHandling === undefined ? undefined : normalizeLabel(otherHandling);

const isFigure = (cell: StreamCell | undefined) => cell !== undefined && /^\d+$/.test(cell.normalized);

/** The 2019 labels found among the table cells, if any: such a report must not be mapped onto 2021. */
export function oldFormatLabels(stream: readonly StreamCell[]): string[] {
  const found = new Set<string>();
  stream.forEach((cell, i) => {
    if (cell.normalized.length > 20) return;
    for (const label of oldLabels) if (cell.normalized.includes(label)) found.add(label);
    if (cell.normalized === otherHandlingGroup) {
      const next = stream.slice(i + 1, i + 4).find((c) => c.normalized !== '');
      if (isFigure(next)) found.add(`${otherHandling}（一行）`);
    }
  });
  return [...found];
}
