import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { styleIds } from './docxStyles.ts';
import { fontSizes, ptToTwips } from './gbt9704.ts';

/** 1 character of the 14 pt page number. */
const oneCharacter = ptToTwips(fontSizes.pageNumber);

// — 1 —: em dashes (U+2014) around the PAGE field (§7.5).
const pageNumberRun = () => new TextRun({ children: ['\u2014 ', PageNumber.CURRENT, ' \u2014'] });

/** Odd pages: right, one character in; even pages: left, one character in (Word's different odd and even footers). */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  return {
    default: new Footer({
      children: [new Paragraph({ style: styleIds.pageNumber, alignment: AlignmentType.RIGHT, indent: { right: oneCharacter }, children: [pageNumberRun()] })],
    }),
    even: new Footer({
      children: [new Paragraph({ style: styleIds.pageNumber, alignment: AlignmentType.LEFT, indent: { left: oneCharacter }, children: [pageNumberRun()] })],
    }),
  };
}
