import type { Report } from '../../model/reportSchema.ts';
import { signatureBlock } from '../signatureBlock.ts';
import { inlineStyler } from './htmlStyler.ts';
import { htmlStyles } from './htmlStyles.ts';
import { reportBodyHtml } from './reportBodyHtml.ts';
import { xmlSafeReport } from '../xmlSafeReport.ts';

/** The report body for pasting into a website CMS: inline styles only, since CMS editors drop style blocks. */
export function renderCmsHtml(input: Report): string {
  const report = xmlSafeReport(input);
  return `${reportBodyHtml(report, inlineStyler(htmlStyles(signatureBlock(report))))}\n`;
}
