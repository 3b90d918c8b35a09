import type { StreamCell } from './cellStream.ts';
import { normalizeLabel } from './normalizeLabel.ts';

// Column and block labels that only the 2019 trial format (国办公开办函〔2019〕60号) printed.
const oldLabels = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '第二十条第（九）项', '政府集中采购'].map(normalizeLabel);

/** The 2019 labels found among the table cells, if any: such a report must not be mapped onto 2021. */
export function oldFormatLabels(stream: readonly StreamCell[]): string[] {
  const found = new Set<string>();
  for (const cell of stream) {
    if (cell.normalized.length > 20) continue;
    for (const label of oldLabels) if (cell.normalized.includes(label)) found.add(label);
  }
  return [...found];
}
