import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { TablePlan } from './docxBodyPlan.ts';
import { tableBorderSize, tableCellMargin, tableCellMarginVertical, textWidth } from './gbt9704.ts';

export { columnWidths } from './docxBodyPlan.ts';

const border = { style: BorderStyle.SINGLE, size: tableBorderSize, color: '000000' } as const;
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

/**
 * One official table as docx objects, with real merges: gridSpan for columns, vMerge restart/continue for rows
 * (written here rather than by docx's rowSpan, which mutates rows). Header rows repeat; no row splits across pages.
 */
export function docxTable(plan: TablePlan): Table {
  const rows = plan.rows.map((row) => new TableRow({
    children: row.cells.map((cell) => new TableCell({
      children: [new Paragraph({
        style: plan.style,
        alignment: cell.alignment,
        children: cell.lines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })),
      })],
      width: { size: cell.width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
      ...(cell.verticalMerge ? { verticalMerge: cell.verticalMerge } : {}),
    })),
    cantSplit: true,
    ...(row.header ? { tableHeader: true } : {}),
    ...(row.keepNext ? { keepNext: true } : {}),
  }));
  return new Table({
    rows,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [...plan.widths],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders,
    margins: { left: tableCellMargin, right: tableCellMargin, top: tableCellMarginVertical, bottom: tableCellMarginVertical },
  });
}
