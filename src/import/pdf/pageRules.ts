import type { PdfPage } from './pdfPage.ts';

export type HorizontalRule = { readonly y: number; readonly from: number; readonly to: number };
export type VerticalRule = { readonly x: number; readonly from: number; readonly to: number };
export type PageRules = { readonly horizontal: readonly HorizontalRule[]; readonly vertical: readonly VerticalRule[] };

const flat = 0.8;
const shortest = 3;
const edge = 2;

/** Table borders of a page: straight lines, without the page's own frame (a white page background box). */
export function pageRules(page: PdfPage): PageRules {
  const horizontal: HorizontalRule[] = [];
  const vertical: VerticalRule[] = [];
  for (const s of page.segments) {
    if (Math.abs(s.y1 - s.y2) < flat && Math.abs(s.x2 - s.x1) > shortest) {
      const y = (s.y1 + s.y2) / 2;
      if (y > edge && y < page.height - edge) horizontal.push({ y, from: Math.min(s.x1, s.x2), to: Math.max(s.x1, s.x2) });
    } else if (Math.abs(s.x1 - s.x2) < flat && Math.abs(s.y2 - s.y1) > shortest) {
      const x = (s.x1 + s.x2) / 2;
      if (x > edge && x < page.width - edge) vertical.push({ x, from: Math.min(s.y1, s.y2), to: Math.max(s.y1, s.y2) });
    }
  }
  return { horizontal, vertical };
}

export type CellBox = { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };

const slack = 1;

/** The ruled box around a point, or null when the point is not inside a table cell. */
export function cellAround(rules: PageRules, x: number, y: number, page: PdfPage): CellBox | null {
  let left = -Infinity;
  let right = Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const v of rules.vertical) {
    if (y < v.from - slack || y > v.to + slack) continue;
    if (v.x <= x && v.x > left) left = v.x;
    if (v.x > x && v.x < right) right = v.x;
  }
  if (!Number.isFinite(left) || !Number.isFinite(right)) return null;
  for (const h of rules.horizontal) {
    if (x < h.from - slack || x > h.to + slack) continue;
    if (h.y >= y && h.y < top) top = h.y;
    if (h.y < y && h.y > bottom) bottom = h.y;
  }
  if (!Number.isFinite(top) || !Number.isFinite(bottom)) return null;
  if (right - left > page.width * 0.95 || top - bottom > page.height * 0.9) return null;
  return { left, right, top, bottom };
}
