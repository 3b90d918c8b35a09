import { getCell } from '../../model/cellAccess.ts';
import type { Report } from '../../model/reportSchema.ts';
import type { GridCell, GridRole, TableGrid } from '../../model/tableLayout.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { labelWords } from '../labelWords.ts';
import { printedValue } from '../printedValue.ts';
import type { HtmlStyler } from './htmlStyler.ts';
import type { StyleName } from './htmlStyles.ts';

// Element, scope and style per role; scope makes every figure's row and column labels reachable.
const roleMarkup = {
  section: { tag: 'th', scope: 'rowgroup', style: 'section' },
  header: { tag: 'th', scope: 'col', style: 'header' },
  note: { tag: 'td', scope: undefined, style: 'note' },
  rowlabel: { tag: 'th', scope: 'row', style: 'rowLabel' },
  value: { tag: 'td', scope: undefined, style: 'value' },
} as const satisfies Record<GridRole, { tag: 'th' | 'td'; scope: string | undefined; style: StyleName }>;

function cellHtml(cell: GridCell, report: Report, style: HtmlStyler): string {
  const markup = roleMarkup[cell.role];
  const spans = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
  const scope = markup.scope ? ` scope="${markup.scope}"` : '';
  // A label may break only between its words (<wbr>; the cell keeps CJK words whole), never inside one.
  const content = cell.cell !== undefined ? escapeHtml(printedValue(getCell(report, cell.cell))) : labelWords(cell.text ?? '').map(escapeHtml).join('<wbr>');
  return `<${markup.tag}${scope}${spans}${style.element(markup.style)}>${content}</${markup.tag}>`;
}

/** Rows of cells in reading order; a section row (table 二) opens a new row group. */
function rowGroups(grid: TableGrid): { head: GridCell[][]; bodies: GridCell[][][] } {
  const rows: GridCell[][] = Array.from({ length: grid.rows }, () => []);
  for (const cell of grid.cells) rows[cell.row]?.push(cell);
  const head = rows.slice(0, grid.headerRows);
  const bodies: GridCell[][][] = [];
  for (const row of rows.slice(grid.headerRows)) {
    const current = bodies[bodies.length - 1];
    if (current === undefined || row[0]?.role === 'section') bodies.push([row]);
    else current.push(row);
  }
  return { head, bodies };
}

/** One official table with its merged cells exactly as the layout; labelled by its part's heading. */
export function tableHtml(grid: TableGrid, report: Report, style: HtmlStyler, labelledBy: string): string {
  const { head, bodies } = rowGroups(grid);
  const rowHtml = (row: GridCell[]) => `<tr>${row.map((cell) => cellHtml(cell, report, style)).join('')}</tr>`;
  const thead = head.length > 0 ? `<thead>${head.map(rowHtml).join('\n')}</thead>\n` : '';
  const tbodies = bodies.map((body) => `<tbody>${body.map(rowHtml).join('\n')}</tbody>`).join('\n');
  const columns = Array.from({ length: grid.cols }, (_, i) => `<col${style.column(grid.table, i)}>`).join('');
  return `<table${style.table(grid.table)} aria-labelledby="${labelledBy}">\n<colgroup>${columns}</colgroup>\n${thead}${tbodies}\n</table>`;
}
