import { formatChineseDate } from '../model/dates.ts';
import type { Report } from '../model/reportSchema.ts';
import { textWidthInChars } from './reportTitle.ts';

/** Written-in placeholder when no 成文日期 is set yet: the leader dates the signed copy by hand. */
export const undatedLine = '年　　月　　日';

export type SignatureBlock = {
  readonly agency: string;
  readonly date: string;
  /** The agency line's right indent, in characters of body text. */
  readonly agencyRightChars: number;
  /**
   * Where the date's first character sits, in characters from the right edge of the text block. The date
   * line is placed by its start, so digits wider or narrower than half a character do not move it.
   */
  readonly dateStartChars: number;
};

/**
 * GB/T 9704 §7.3.5.2 without seal: the agency right-aligned 2 characters in; the date on the next line
 * starting 2 characters right of the agency's first character; when the date is the longer, the date ends
 * 2 characters in and the agency moves left to keep the 2-character step.
 */
export function signatureBlock(report: Report): SignatureBlock {
  const agency = report.meta.agency.trim();
  const date = report.meta.issuedOn ? formatChineseDate(report.meta.issuedOn) : undatedLine;
  const agencyWidth = textWidthInChars(agency);
  const dateWidth = textWidthInChars(date);
  const agencyRightChars = Math.max(2, dateWidth + 4 - agencyWidth);
  return { agency, date, agencyRightChars, dateStartChars: agencyRightChars + agencyWidth - 2 };
}
