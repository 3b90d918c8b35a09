// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { all, readDocx } from './docxXml.ts';

// Word reports "unreadable content" when property children break the sequence of the OOXML schema
// (ECMA-376 Part 1, §17: CT_PPrBase, CT_RPr, CT_TcPr, CT_TrPr, CT_TblPr, CT_SectPr).
const sequences: Readonly<Record<string, readonly string[]>> = {
  'w:pPr': ['pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl', 'numPr', 'suppressLineNumbers', 'pBdr', 'shd', 'tabs', 'suppressAutoHyphens', 'kinsoku', 'wordWrap', 'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN', 'bidi', 'adjustRightInd', 'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc', 'textDirection', 'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr', 'sectPr', 'pPrChange'],
  'w:rPr': ['rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike', 'outline', 'shadow', 'emboss', 'imprint', 'noProof', 'snapToGrid', 'vanish', 'webHidden', 'color', 'spacing', 'w', 'kern', 'position', 'sz', 'szCs', 'highlight', 'u', 'effect', 'bdr', 'shd', 'fitText', 'vertAlign', 'rtl', 'cs', 'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath'],
  'w:tcPr': ['cnfStyle', 'tcW', 'gridSpan', 'hMerge', 'vMerge', 'tcBorders', 'shd', 'noWrap', 'tcMar', 'textDirection', 'tcFitText', 'vAlign', 'hideMark'],
  'w:tblPr': ['tblStyle', 'tblpPr', 'tblOverlap', 'bidiVisual', 'tblStyleRowBandSize', 'tblStyleColBandSize', 'tblW', 'jc', 'tblCellSpacing', 'tblInd', 'tblBorders', 'shd', 'tblLayout', 'tblCellMar', 'tblLook'],
  'w:sectPr': ['headerReference', 'footerReference', 'footnotePr', 'endnotePr', 'type', 'pgSz', 'pgMar', 'paperSrc', 'pgBorders', 'lnNumType', 'pgNumType', 'cols', 'formProt', 'vAlign', 'noEndnote', 'titlePg', 'textDirection', 'bidi', 'rtlGutter', 'docGrid', 'printerSettings', 'sectPrChange'],
};

function outOfOrder(root: Document): string[] {
  return Object.entries(sequences).flatMap(([tag, sequence]) =>
    all(root, tag).flatMap((element) => {
      const names = Array.from(element.children).map((child) => child.tagName.replace(/^w:/, ''));
      const positions = names.map((name) => sequence.indexOf(name));
      const wrong = positions.some((position, i) => position < 0 || (i > 0 && position < (positions[i - 1] ?? 0)));
      return wrong ? [`${tag}: ${names.join(', ')}`] : [];
    }),
  );
}

describe('the .docx follows the schema order of property elements', async () => {
  const docx = await renderDocxBytes(fullReport).then(readDocx);

  it('in the document body, tables and signature', () => {
    expect(outOfOrder(docx.document)).toEqual([]);
  });

  it('in the styles', () => {
    expect(outOfOrder(docx.styles)).toEqual([]);
  });

  it('in the footers', () => {
    expect([...docx.footers.values()].flatMap(outOfOrder)).toEqual([]);
  });
});
