import { getCell } from '../../model/cellAccess.ts';
import { cellsOfTable } from '../../model/cellCatalog.ts';
import type { Report } from '../../model/reportSchema.ts';
import { sections } from '../../template/sections.ts';

export type TableFill = { readonly heading: string; readonly filled: number; readonly total: number };

/** How many cells of each table the import filled: what the clerk checks before accepting. */
export function tableFills(report: Report): TableFill[] {
  return sections.flatMap((section) => {
    if (!section.table) return [];
    const cells = cellsOfTable(section.table);
    const filled = cells.filter((cell) => typeof getCell(report, cell.path) === 'number').length;
    return [{ heading: section.heading, filled, total: cells.length }];
  });
}
