import type { BodyPart, ParagraphPlan, TableCellPlan, TablePlan } from './docxBodyPlan.ts';
import { tableBorderSize, tableCellMargin, tableCellMarginVertical, textWidth } from './gbt9704.ts';

// The body's WordprocessingML written straight from the plan, element for element as docx writes the same
// Paragraph/Table objects (a test compares the two), without docx's object tree: the export's hot path.

const escapes: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
/** As docx escapes text: the five XML characters as entities, control characters XML 1.0 forbids dropped. */
const escapeXml = (text: string): string => text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => escapes[char] ?? '');

const run = (text: string, lineBreak: boolean): string =>
  `<w:r>${lineBreak ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

function paragraphProperties(style: string, keepNext: boolean, indent: ParagraphPlan['indent'], alignment: string | undefined): string {
  const ind = indent
    ? `<w:ind${indent.left !== undefined ? ` w:left="${indent.left}"` : ''}${indent.right !== undefined ? ` w:right="${indent.right}"` : ''}/>`
    : '';
  return `<w:pPr><w:pStyle w:val="${style}"/>${keepNext ? '<w:keepNext/>' : ''}${ind}${alignment ? `<w:jc w:val="${alignment}"/>` : ''}</w:pPr>`;
}

function paragraphXml(part: ParagraphPlan): string {
  return `<w:p>${paragraphProperties(part.style, part.keepNext, part.indent, part.alignment)}${part.lines.map((line, i) => run(line, i > 0)).join('')}</w:p>`;
}

const border = (side: string) => `<w:${side} w:val="single" w:color="000000" w:sz="${tableBorderSize}"/>`;
const margin = (side: string, size: number) => `<w:${side} w:type="dxa" w:w="${size}"/>`;
const tableProperties =
  `<w:tblPr><w:tblW w:type="dxa" w:w="${textWidth}"/><w:jc w:val="center"/>` +
  `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
  '<w:tblLayout w:type="fixed"/>' +
  `<w:tblCellMar>${margin('top', tableCellMarginVertical)}${margin('left', tableCellMargin)}${margin('bottom', tableCellMarginVertical)}${margin('right', tableCellMargin)}</w:tblCellMar></w:tblPr>`;

function cellXml(cell: TableCellPlan, style: string, keepNext: boolean): string {
  const properties =
    `<w:tcPr><w:tcW w:type="dxa" w:w="${cell.width}"/>${cell.colSpan > 1 ? `<w:gridSpan w:val="${cell.colSpan}"/>` : ''}` +
    `${cell.verticalMerge ? `<w:vMerge w:val="${cell.verticalMerge}"/>` : ''}<w:vAlign w:val="center"/></w:tcPr>`;
  // docx carries a row's keepNext into the paragraphs of its cells.
  const text = cell.lines.map((line, i) => run(line, i > 0)).join('');
  return `<w:tc>${properties}<w:p>${paragraphProperties(style, keepNext, undefined, cell.alignment)}${text}</w:p></w:tc>`;
}

function tableXml(table: TablePlan): string {
  const grid = `<w:tblGrid>${table.widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`;
  const rows = table.rows.map((row) =>
    `<w:tr><w:trPr><w:cantSplit/>${row.header ? '<w:tblHeader/>' : ''}</w:trPr>${row.cells.map((cell) => cellXml(cell, table.style, row.keepNext)).join('')}</w:tr>`);
  return `<w:tbl>${tableProperties}${grid}${rows.join('')}</w:tbl>`;
}

/** The XML inside w:body, before the section properties. */
export function docxBodyXml(parts: readonly BodyPart[]): string {
  return parts.map((part) => (part.kind === 'table' ? tableXml(part) : paragraphXml(part))).join('');
}
