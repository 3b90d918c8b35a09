import { formatChineseDate } from '../model/dates.ts';
import type { Report } from '../model/reportSchema.ts';
import { textWidthInChars } from './reportTitle.ts';

/** Written-in placeholder when no 成文日期 is set yet: the leader dates the signed copy by hand. */
export const undatedLine = '年　　月　　日';

export type SignatureBlock = {
  readonly agency: string;
  readonly date: string;
  /** Right indents in characters of body text, GB/T 9704 §7.3.5.2 (without seal). */
  readonly agencyRightChars: number;
  readonly dateRightChars: number;
};

/**
 * GB/T 9704 §7.3.5.2: the agency right-aligned 2 characters in; the date on the next line starting
 * 2 characters right of the agency's first character; when the date is the longer, it sits 2 in and
 * the agency moves left.
 */
export function signatureBlock(report: Report): SignatureBlock {
  const agency = report.meta.agency.trim();
  const date = report.meta.issuedOn ? formatChineseDate(report.meta.issuedOn) : undatedLine;
  const agencyWidth = textWidthInChars(agency);
  const dateWidth = textWidthInChars(date);
  const agencyRightChars = Math.max(2, dateWidth + 4 - agencyWidth);
  const dateRightChars = agencyRightChars + agencyWidth - 2 - dateWidth;
  return { agency, date, agencyRightChars, dateRightChars };
}
