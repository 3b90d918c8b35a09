// Page and type sizes of GB/T 9704-2012《党政机关公文格式》 as Word units (twips, half-points).

/** mm → twips, rounded (docx's convertMillimetersToTwip floors: 37 mm would come out 2097). */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);
/** pt → twips */
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
/** pt → half-points, the unit of w:sz */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);

/** A4, §5.2.1 */
export const page = { width: mmToTwips(210), height: mmToTwips(297) } as const;

/** §5.2.2: 天头 37 mm, 订口 28 mm; 版心 156 × 225 mm. */
export const margins = { top: mmToTwips(37), bottom: mmToTwips(35), left: mmToTwips(28), right: mmToTwips(26) } as const;

/** Width of the text block in twips: what tables must fill. */
export const textWidth = page.width - margins.left - margins.right;

/** 字号 in points: 二号 title, 三号 body, 四号 page number, 五号 tables, 小五 for the crowded table 三. */
export const fontSizes = { title: 22, body: 16, pageNumber: 14, table: 10.5, tableSmall: 9 } as const;

/** 22 lines per page: fixed 28 pt line spacing, as Word templates for 公文 set it. */
export const bodyLineSpacing = ptToTwips(28);

/** One character of body text (三号), the unit of indents. */
export const bodyCharacter = ptToTwips(fontSizes.body);

/** First-line indent of 2 characters, in hundredths of a character (w:firstLineChars). */
export const firstLineChars = 200;

/**
 * §7.5: the page number's dash sits 7 mm below the text block. Word measures the footer distance to the
 * bottom of the footer line, so subtract the 14 pt line (exact 16 pt) from 35 − 7 mm.
 */
export const pageNumberLineSpacing = ptToTwips(16);
export const footerDistance = mmToTwips(35 - 7) - pageNumberLineSpacing;

/** 0.5 pt table borders, in eighths of a point (w:sz). */
export const tableBorderSize = 4;

/** Left/right cell padding: 1 mm, so that 五号 labels fit the narrow columns of table 四. */
export const tableCellMargin = mmToTwips(1);
/** Top/bottom cell padding: half a millimetre keeps single-spaced rows readable. */
export const tableCellMarginVertical = mmToTwips(0.5);

/** Digits and Latin letters in every style. */
export const latinFont = 'Times New Roman';
