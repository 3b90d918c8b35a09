import type { TableId } from '../template/tableTypes.ts';

/**
 * Relative column widths (mm of the 156 mm text block), for Word and HTML alike. Table 三: a narrow first
 * column for 三、本年度办理结果, the long result labels in the third, seven figure columns; table 四: fifteen
 * equal columns.
 */
export const columnShares: Readonly<Record<TableId, readonly number[]>> = {
  active: [48, 36, 36, 36],
  requests: [12, 20, 47, 11, 11, 11, 11, 11, 11, 11],
  appeals: Array.from({ length: 15 }, () => 1),
};

/** Column widths as percentages of the table, two decimals. */
export function columnPercents(table: TableId): number[] {
  const shares = columnShares[table];
  const total = shares.reduce((sum, share) => sum + share, 0);
  return shares.map((share) => Math.round((share / total) * 10000) / 100);
}

/** Narrowest width (em of table text) before a phone scrolls the table sideways instead of squeezing it. */
export const tableMinWidthEm: Readonly<Record<TableId, number>> = { active: 24, requests: 44, appeals: 52 };
