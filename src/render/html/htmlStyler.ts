import type { TableId } from '../../template/tableTypes.ts';
import { columnPercents, tableMinWidthEm } from '../columnShares.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { classNames, type StyleName } from './htmlStyles.ts';

/** Writes the styling attribute of an element: classes for the page, inline CSS for the CMS form. */
export type HtmlStyler = {
  readonly element: (name: StyleName) => string;
  readonly table: (table: TableId) => string;
  readonly column: (table: TableId, index: number) => string;
};

export const tableClass = (table: TableId): string => `table-${table}`;
export const columnClass = (table: TableId, index: number): string => `column-${table}-${index}`;
export const tableCss = (table: TableId): string => `min-width:${tableMinWidthEm[table]}em`;
export const columnCss = (table: TableId, index: number): string => `width:${columnPercents(table)[index] ?? 0}%`;

export const classStyler: HtmlStyler = {
  element: (name) => ` class="${classNames[name]}"`,
  table: (table) => ` class="${classNames.table} ${tableClass(table)}"`,
  column: (table, index) => ` class="${columnClass(table, index)}"`,
};

export function inlineStyler(styles: Readonly<Record<StyleName, string>>): HtmlStyler {
  const attribute = (css: string) => ` style="${escapeHtml(css)}"`;
  return {
    element: (name) => attribute(styles[name]),
    table: (table) => attribute(`${styles.table};${tableCss(table)}`),
    column: (table, index) => attribute(columnCss(table, index)),
  };
}
