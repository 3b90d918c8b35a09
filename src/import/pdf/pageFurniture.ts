import type { PdfPage, PdfText } from './pdfPage.ts';
import { joinRuns, linesOf } from './joinRuns.ts';

// — 1 —, -1-, 第1页, 第1页 共5页, 1/5: page numbers, never part of the report's text.
const pageNumber = /^(?:[-—–－―\s]*\d{1,4}[-—–－―\s]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

const band = (page: PdfPage, y: number) => (y > page.height * 0.88 ? 'head' : y < page.height * 0.12 ? 'foot' : null);

/**
 * Page numbers, and running heads or feet (the same line at the top or foot of most pages): the runs to
 * leave out, by identity.
 */
export function pageFurniture(pages: readonly PdfPage[]): Set<PdfText> {
  const skip = new Set<PdfText>();
  const seen = new Map<string, number>();
  const linesByPage = pages.map((page) => linesOf(page.texts).map((line) => ({ line, text: joinRuns(line), where: band(page, line[0]?.y ?? 0) })));
  for (const lines of linesByPage) {
    for (const key of new Set(lines.filter((l) => l.where).map((l) => `${l.where}|${l.text}`))) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const repeatedOn = Math.max(2, Math.ceil(pages.length / 2));
  for (const lines of linesByPage) {
    for (const { line, text, where } of lines) {
      const repeated = pages.length >= 3 && where !== null && (seen.get(`${where}|${text}`) ?? 0) >= repeatedOn;
      if ((where !== null && pageNumber.test(text)) || repeated) line.forEach((run) => skip.add(run));
    }
  }
  return skip;
}
