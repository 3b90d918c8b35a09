import { getCell } from '../../model/cellAccess.ts';
import type { Report } from '../../model/reportSchema.ts';
import type { TableGrid } from '../../model/tableLayout.ts';
import { printedValue } from '../printedValue.ts';
import { reportBlocks, type ReportBlock } from '../reportBlocks.ts';

/** A table as tab-separated lines, each cell at its top-left position: pastes into a spreadsheet intact. */
function tableText(grid: TableGrid, report: Report): string {
  const rows = Array.from({ length: grid.rows }, () => Array<string>(grid.cols).fill(''));
  for (const cell of grid.cells) {
    const row = rows[cell.row];
    if (row) row[cell.col] = cell.cell !== undefined ? printedValue(getCell(report, cell.cell)) : (cell.text ?? '');
  }
  return rows.map((row) => row.join('\t')).join('\n');
}

function blockText(block: ReportBlock, report: Report): string {
  switch (block.kind) {
    case 'title': return block.lines.join('');
    case 'heading': return block.text;
    case 'paragraph': return `　　${block.text}`;
    case 'table': return tableText(block.grid, report);
    case 'signature': return `${block.signature.agency}\n${block.signature.date}`;
  }
}

/** The report as plain text: the clipboard's fallback where a target takes no HTML. */
export function renderPlainText(report: Report): string {
  return `${reportBlocks(report).map((block) => blockText(block, report)).join('\n\n')}\n`;
}
