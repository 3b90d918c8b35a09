import type { SignatureBlock } from '../signatureBlock.ts';

/** Every styled element of the report body; the page uses them as classes, the CMS form inline. */
export type StyleName =
  | 'report' | 'title' | 'titleLine' | 'heading1' | 'heading2' | 'paragraph' | 'paragraphLink'
  | 'tableScroll' | 'table' | 'header' | 'section' | 'note' | 'rowLabel' | 'value'
  | 'signature' | 'signatureAgency' | 'signatureDate';

// Official font names first (as Windows knows them), then what Macs, phones and Linux have.
const fonts = {
  title: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", STZhongsong, "宋体", SimSun, "Songti SC", serif',
  body: '"仿宋_GB2312", FangSong_GB2312, "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", serif',
  heading1: '"黑体", SimHei, "Heiti SC", "Noto Sans CJK SC", sans-serif',
  heading2: '"楷体_GB2312", KaiTi_GB2312, "楷体", KaiTi, STKaiti, serif',
  table: '"宋体", SimSun, "Songti SC", "Noto Serif CJK SC", serif',
} as const;

/** CSS declarations per element, for screens from phones up. */
export function htmlStyles(signature: SignatureBlock): Readonly<Record<StyleName, string>> {
  return {
    report: `max-width:46em;margin:0 auto;padding:1em;font-family:${fonts.body};font-size:1.125rem;line-height:1.8;color:#000;background:#fff`,
    title: `margin:0.5em 0 1em;text-align:center;font-family:${fonts.title};font-size:clamp(1.2em, 5.5vw, 1.6em);font-weight:normal;line-height:1.4`,
    titleLine: 'display:inline-block',
    heading1: `margin:0.6em 0 0.2em;text-indent:2em;font-family:${fonts.heading1};font-size:1em;font-weight:normal`,
    heading2: `margin:0.4em 0 0.2em;text-indent:2em;font-family:${fonts.heading2};font-size:1em;font-weight:normal`,
    paragraph: 'margin:0;text-indent:2em;text-align:justify',
    // A web address: flush left, so the line before it is not stretched; on a phone it wraps anywhere.
    paragraphLink: 'margin:0;text-indent:2em;text-align:left;overflow-wrap:anywhere',
    tableScroll: 'overflow-x:auto;margin:0.5em 0 1em',
    table: `border-collapse:collapse;table-layout:fixed;width:100%;font-family:${fonts.table};font-size:0.8em;line-height:1.4`,
    // Labels keep Chinese words whole (keep-all) and break only at the <wbr> between words.
    header: 'border:1px solid #000;padding:0.3em;text-align:center;vertical-align:middle;font-weight:normal;word-break:keep-all',
    section: 'border:1px solid #000;padding:0.3em;text-align:center;vertical-align:middle;font-weight:normal;word-break:keep-all',
    note: 'border:1px solid #000;padding:0.3em;text-align:left;vertical-align:middle;word-break:keep-all',
    rowLabel: 'border:1px solid #000;padding:0.3em;text-align:left;vertical-align:middle;font-weight:normal;word-break:keep-all',
    value: 'border:1px solid #000;padding:0.3em;text-align:center;vertical-align:middle',
    signature: 'margin:2em 0 0',
    signatureAgency: `margin:0;text-align:right;padding-right:${signature.agencyRightChars}em`,
    signatureDate: `margin:0;text-align:left;padding-left:calc(100% - ${signature.dateStartChars}em)`,
  };
}

/** Class names as used in the page's style sheet. */
export const classNames: Readonly<Record<StyleName, string>> = {
  report: 'report', title: 'title', titleLine: 'title-line', heading1: 'heading-1', heading2: 'heading-2',
  paragraph: 'paragraph', paragraphLink: 'paragraph-link', tableScroll: 'table-scroll', table: 'table', header: 'header', section: 'section',
  note: 'note', rowLabel: 'row-label', value: 'value', signature: 'signature',
  signatureAgency: 'signature-agency', signatureDate: 'signature-date',
};

/**
 * A4 print in the layout of the .docx (GB/T 9704 page, 三号 body on 28 pt lines, 五号 tables and 小五 table 三,
 * 1 mm cell margins), page numbers — N — in the margin boxes. `scope` prefixes every selector (the app prints
 * the report from a container of its own).
 */
export function printRules(scope: string): string {
  const s = scope === '' ? '' : `${scope} `;
  return `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font: 14pt "宋体", SimSun, serif; margin-right: 1em; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font: 14pt "宋体", SimSun, serif; margin-left: 1em; } }
@media print {
  ${s}.report { max-width: none; margin: 0; padding: 0; font-size: 16pt; line-height: 28pt; }
  ${s}.title { font-size: 22pt; line-height: 35pt; margin: 0 0 28pt; }
  ${s}.heading-1, ${s}.heading-2 { margin: 0; break-after: avoid; }
  ${s}.paragraph, ${s}.paragraph-link { orphans: 2; widows: 2; }
  ${s}.table-scroll { overflow: visible; margin: 0; }
  ${s}.table { min-width: 0; font-size: 10.5pt; line-height: 1.3; }
  ${s}.table-requests { font-size: 9pt; }
  ${s}.table th, ${s}.table td { padding: 0.5mm 1mm; }
  ${s}.table thead { display: table-header-group; }
  ${s}.table tr { break-inside: avoid; }
  /* Table 三 and 四 whole on one page (they fit one A4 page; a taller one still breaks, its header repeated);
     table 二 breaks only between its 第二十条 blocks, each block with its header rows. */
  ${s}.table-requests, ${s}.table-appeals { break-inside: avoid; }
  ${s}.table tbody { break-inside: avoid; }
  ${s}.table thead { break-after: avoid; }
  ${s}.paragraph:has(+ .table-scroll) { break-after: avoid; }
  ${s}.signature { break-inside: avoid; margin-top: 28pt; }
}`;
}

/** The published page's print rules. */
export const printStyleSheet = printRules('');
