import { escapeHtml } from '../escapeHtml.ts';
import { classNames, type StyleName } from './htmlStyles.ts';

/** Writes the styling attribute of an element: a class for the page, inline CSS for the CMS form. */
export type HtmlStyler = (name: StyleName) => string;

export const classStyler: HtmlStyler = (name) => ` class="${classNames[name]}"`;

export function inlineStyler(styles: Readonly<Record<StyleName, string>>): HtmlStyler {
  return (name) => ` style="${escapeHtml(styles[name])}"`;
}
