import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import type { FontRoles } from './fontProfiles.ts';
import {
  bodyCharacter, bodyLineSpacing, firstLineChars, fontSizes, latinFont, pageNumberLineSpacing, ptToHalfPoints, ptToTwips,
} from './gbt9704.ts';

/** Paragraph style ids; Word shows them by name, so the clerk can restyle the whole document at once. */
export const styleIds = {
  title: 'ReportTitle',
  body: 'ReportBody',
  heading1: 'ReportHeading1',
  heading2: 'ReportHeading2',
  table: 'ReportTable',
  tableSmall: 'ReportTableSmall',
  signature: 'ReportSignature',
  pageNumber: 'ReportPageNumber',
} as const;

// East Asian font in w:eastAsia and zh-CN in w:lang, or Word and WPS substitute a Japanese or Latin face.
const runFont = (eastAsia: string, size: number, latin: string = latinFont) => ({
  font: { ascii: latin, hAnsi: latin, eastAsia, cs: latin },
  size: ptToHalfPoints(size),
  language: { value: 'en-US', eastAsia: 'zh-CN' },
});

const fixedLines = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });
const bodyIndent = { firstLine: 2 * bodyCharacter, firstLineChars };

function paragraphStyles(fonts: FontRoles): IParagraphStyleOptions[] {
  // Widow and orphan control: never one line of a paragraph alone at the foot or the head of a page, so a
  // heading kept with its paragraph has at least two of its lines under it.
  const body = {
    alignment: AlignmentType.JUSTIFIED,
    spacing: fixedLines(bodyLineSpacing),
    indent: bodyIndent,
    widowControl: true,
  };
  return [
    {
      id: styleIds.body, name: '公文正文', quickFormat: true,
      run: runFont(fonts.body, fontSizes.body), paragraph: body,
    },
    {
      // 标题下空一行 (§7.3.3); 35 pt lines keep a two-line 二号 title airy.
      id: styleIds.title, name: '公文标题', basedOn: styleIds.body, next: styleIds.body, quickFormat: true,
      run: runFont(fonts.title, fontSizes.title),
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: ptToTwips(35), lineRule: LineRuleType.EXACT, before: 0, after: bodyLineSpacing }, indent: { firstLine: 0, firstLineChars: 0 }, keepNext: true },
    },
    {
      id: styleIds.heading1, name: '公文一级标题', basedOn: styleIds.body, next: styleIds.body, quickFormat: true,
      run: runFont(fonts.heading1, fontSizes.body), paragraph: { ...body, keepNext: true, outlineLevel: 0 },
    },
    {
      id: styleIds.heading2, name: '公文二级标题', basedOn: styleIds.body, next: styleIds.body, quickFormat: true,
      run: runFont(fonts.heading2, fontSizes.body), paragraph: { ...body, keepNext: true, outlineLevel: 1 },
    },
    {
      id: styleIds.signature, name: '公文落款', basedOn: styleIds.body,
      run: runFont(fonts.body, fontSizes.body),
      paragraph: { alignment: AlignmentType.RIGHT, spacing: fixedLines(bodyLineSpacing), indent: { firstLine: 0, firstLineChars: 0 }, keepNext: true },
    },
    {
      id: styleIds.table, name: '公文表格', quickFormat: true,
      run: runFont(fonts.table, fontSizes.table),
      paragraph: { alignment: AlignmentType.LEFT, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, indent: { firstLine: 0, firstLineChars: 0 } },
    },
    {
      id: styleIds.tableSmall, name: '公文表格（小五）', basedOn: styleIds.table, quickFormat: true,
      run: runFont(fonts.table, fontSizes.tableSmall),
    },
    {
      // 页码: 4号半角宋体阿拉伯数字 (§7.5), so the digits are 宋体 too.
      id: styleIds.pageNumber, name: '公文页码',
      run: runFont(fonts.pageNumber, fontSizes.pageNumber, fonts.pageNumber),
      paragraph: { spacing: fixedLines(pageNumberLineSpacing), indent: { firstLine: 0, firstLineChars: 0 } },
    },
  ];
}

/** Document defaults and the named paragraph styles for one font profile. */
export function docxStyles(fonts: FontRoles): IStylesOptions {
  return {
    default: { document: { run: runFont(fonts.body, fontSizes.body) } },
    paragraphStyles: paragraphStyles(fonts),
  };
}
