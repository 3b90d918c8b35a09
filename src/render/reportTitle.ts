import type { Report } from '../model/reportSchema.ts';

const titleTail = '政府信息公开工作年度报告';

/** {机关全称}{YYYY}年政府信息公开工作年度报告 */
export function reportTitle(report: Report): string {
  return titleLines(report).join('');
}

/**
 * The title in balanced lines (GB/T 9704 §7.3.3: long titles break at a sense boundary):
 * the agency, then the year and the fixed words, when the whole does not fit one 22 pt line.
 */
export function titleLines(report: Report): readonly string[] {
  const agency = report.meta.agency.trim();
  const rest = `${report.meta.year}年${titleTail}`;
  if (agency === '') return [rest];
  return textWidthInChars(agency + rest) > titleCharsPerLine ? [agency, rest] : [agency + rest];
}

/** 156 mm text block at 22 pt ≈ 20 full-width characters. */
export const titleCharsPerLine = 20;

/** Printed width in full-width characters: CJK and full-width forms count 1, ASCII half. */
export function textWidthInChars(text: string): number {
  let width = 0;
  for (const character of text) width += (character.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return width;
}
