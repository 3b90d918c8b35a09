import { spreadsheetText } from '../spreadsheetText.ts';
import { templateHeaders } from './ledgerTemplateLayout.ts';

/** The ledger template as CSV: the header row, with a BOM so Excel and WPS open it as UTF-8. */
export function ledgerTemplateCsv(): string {
  return `\uFEFF${templateHeaders.map(spreadsheetText).join(',')}\r\n`;
}
