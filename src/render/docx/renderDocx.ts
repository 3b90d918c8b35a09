import { AlignmentType, Document, PageOrientation, Paragraph, TextRun, type Table } from 'docx';
import type { Report } from '../../model/reportSchema.ts';
import { reportBlocks, type ReportBlock } from '../reportBlocks.ts';
import { reportTitle } from '../reportTitle.ts';
import { docxStyles, styleIds } from './docxStyles.ts';
import { docxTable } from './docxTable.ts';
import { pageNumberFooters } from './docxFooters.ts';
import { defaultFontProfile, fontProfiles } from './fontProfiles.ts';
import { bodyCharacter, footerDistance, margins, page, textWidth } from './gbt9704.ts';

function blockContent(block: ReportBlock, report: Report, next: ReportBlock | undefined): (Paragraph | Table)[] {
  // The sentence introducing a table stays with it; the last lines of text stay with the signature (§7.3.5).
  const keepNext = next?.kind === 'table' || next?.kind === 'signature' ? { keepNext: true } : {};
  switch (block.kind) {
    case 'title':
      return [new Paragraph({
        style: styleIds.title,
        children: block.lines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })),
      })];
    case 'heading':
      return [new Paragraph({ style: block.level === 1 ? styleIds.heading1 : styleIds.heading2, text: block.text })];
    case 'paragraph':
      return [new Paragraph({ style: styleIds.body, text: block.text, ...keepNext })];
    case 'table':
      return [docxTable(block.grid, report)];
    case 'signature': {
      // §7.3.5.2 without seal: one blank line below the text, agency 2 characters in, date under it.
      const { agency, date, agencyRightChars, dateStartChars } = block.signature;
      return [
        new Paragraph({ style: styleIds.body, text: '', keepNext: true }),
        new Paragraph({ style: styleIds.signature, indent: { right: agencyRightChars * bodyCharacter }, text: agency }),
        new Paragraph({
          style: styleIds.signature, alignment: AlignmentType.LEFT,
          indent: { left: Math.max(0, textWidth - dateStartChars * bodyCharacter) }, text: date,
        }),
      ];
    }
  }
}

/** The Word document in GB/T 9704 layout; built fresh on every call (docx objects are not reusable). */
export function renderDocx(report: Report): Document {
  const fonts = fontProfiles[report.meta.fontProfile ?? defaultFontProfile];
  const blocks = reportBlocks(report);
  return new Document({
    title: reportTitle(report),
    creator: report.meta.agency,
    lastModifiedBy: report.meta.agency,
    styles: docxStyles(fonts),
    evenAndOddHeaderAndFooters: true,
    sections: [{
      properties: {
        page: {
          size: { width: page.width, height: page.height, orientation: PageOrientation.PORTRAIT },
          margin: { ...margins, footer: footerDistance },
        },
      },
      footers: pageNumberFooters(),
      children: blocks.flatMap((block, i) => blockContent(block, report, blocks[i + 1])),
    }],
  });
}
