import type { TableId } from '../template/tableTypes.ts';

/**
 * Relative column widths (mm of the 156 mm text block), for Word and HTML alike. Table 三 (小五): 三、/本年度/
 * 办理/结果 three characters wide, （三）/不予公开 four, the result labels thirteen, seven figure columns three
 * characters wide so that 自然人 and 商业/企业 never break inside a word; table 四: fifteen equal columns.
 */
export const columnShares: Readonly<Record<TableId, readonly number[]>> = {
  active: [48, 36, 36, 36],
  requests: [12, 16, 44, 12, 12, 12, 12, 12, 12, 12],
  appeals: Array.from({ length: 15 }, () => 1),
};

/** Type size of each table in points: 五号, and 小五 for table 三, whose 25 rows and 10 columns must fit a page. */
export const tableFontPt: Readonly<Record<TableId, number>> = { active: 10.5, requests: 9, appeals: 10.5 };

/** Column widths as percentages of the table, two decimals. */
export function columnPercents(table: TableId): number[] {
  const shares = columnShares[table];
  const total = shares.reduce((sum, share) => sum + share, 0);
  return shares.map((share) => Math.round((share / total) * 10000) / 100);
}

/** Narrowest width (em of table text) before a phone scrolls the table sideways instead of squeezing it. */
export const tableMinWidthEm: Readonly<Record<TableId, number>> = { active: 24, requests: 50, appeals: 42 };
