import { AlignmentType, Packer, Paragraph, TextRun } from 'docx';
import type { Report } from '../../model/reportSchema.ts';
import { docxDocument } from '../docx/renderDocx.ts';
import { styleIds } from '../docx/docxStyles.ts';
import { xmlSafeText } from '../xmlSafeReport.ts';
import type { ReturnNotice } from './returnNotice.ts';

const paragraph = (style: string, text: string, options: { alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; keepNext?: boolean } = {}) =>
  new Paragraph({ style, ...options, children: [new TextRun({ text: xmlSafeText(text) })] });

/**
 * 退回修改意见 as a Word file in the report export's 公文 layout (GB/T 9704 page, the same 公文标题 /
 * 公文正文 / 公文一级标题 / 公文落款 styles and fonts as the report, page numbers in the footer).
 */
export function returnNoticeDocx(notice: ReturnNotice, report: Report): Promise<Uint8Array> {
  const children = [
    paragraph(styleIds.title, notice.title),
    paragraph(styleIds.body, notice.addressee, { alignment: AlignmentType.LEFT }),
    paragraph(styleIds.body, notice.opening),
    ...notice.sections.flatMap((section) => [
      paragraph(styleIds.heading1, section.heading, { keepNext: true }),
      ...section.items.flatMap((item, i) => [
        paragraph(styleIds.body, `${i + 1}. 问题：${item.what}`),
        ...(item.where ? [paragraph(styleIds.body, `位置：${item.where}`)] : []),
        paragraph(styleIds.body, `修改意见：${item.fix}`),
      ]),
    ]),
    paragraph(styleIds.body, notice.closing),
    paragraph(styleIds.signature, notice.signature),
    paragraph(styleIds.signature, notice.date),
  ];
  return Packer.pack(docxDocument(report, children, notice.title), 'uint8array');
}
