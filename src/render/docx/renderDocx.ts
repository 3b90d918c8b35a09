import { Document, PageOrientation, Paragraph, TextRun, type Table } from 'docx';
import type { Report } from '../../model/reportSchema.ts';
import { reportContentHash } from '../../model/reportContentHash.ts';
import { generatorLabel, generatorVersion } from '../generator.ts';
import { reportTitle } from '../reportTitle.ts';
import { docxBodyPlan, type BodyPart } from './docxBodyPlan.ts';
import { docxStyles } from './docxStyles.ts';
import { docxTable } from './docxTable.ts';
import { pageNumberFooters } from './docxFooters.ts';
import { defaultFontProfile, fontProfiles } from './fontProfiles.ts';
import { footerDistance, margins, page } from './gbt9704.ts';
import { xmlSafeReport } from '../xmlSafeReport.ts';

function docxPart(part: BodyPart): Paragraph | Table {
  if (part.kind === 'table') return docxTable(part);
  return new Paragraph({
    style: part.style,
    ...(part.keepNext ? { keepNext: true } : {}),
    ...(part.alignment ? { alignment: part.alignment } : {}),
    ...(part.indent ? { indent: part.indent } : {}),
    children: part.lines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })),
  });
}

/**
 * The Word document in GB/T 9704 layout around the given body (docx objects are not reusable, so built fresh
 * on every call). Without a body: the package the export fills with the body's XML written directly.
 */
export function docxDocument(report: Report, children: readonly (Paragraph | Table)[], title: string = reportTitle(report)): Document {
  const fonts = fontProfiles[report.meta.fontProfile ?? defaultFontProfile];
  return new Document({
    title,
    creator: report.meta.agency,
    lastModifiedBy: report.meta.agency,
    // Fingerprint: who wrote the file and the SHA-256 of the report content it prints.
    description: `${generatorLabel}；报告内容 SHA-256 ${reportContentHash(report)}`,
    customProperties: [
      { name: 'generator', value: generatorLabel },
      { name: 'generatorVersion', value: generatorVersion },
      { name: 'reportContentSha256', value: reportContentHash(report) },
    ],
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
      children: [...children],
    }],
  });
}

/** The whole Word document as docx objects: the reference the directly written body XML is checked against. */
export function renderDocx(input: Report): Document {
  const report = xmlSafeReport(input);
  return docxDocument(report, docxBodyPlan(report).map(docxPart));
}
