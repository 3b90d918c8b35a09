// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setCell } from '../../src/model/cellAccess.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { all, attr, children, docxTableGrid, first, readDocx, styleById, textOf, type DocxParts } from './docxXml.ts';
import { byPosition, distinctReport, expectedCells, officialGrids, officialLabels, tableIds } from './renderFixtures.ts';

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const parts = (report: Report) => renderDocxBytes(report).then(readDocx);

/** The style a paragraph uses. */
const styleOf = (p: Element) => attr(first(p, 'w:pStyle'), 'w:val');
const paragraphs = (docx: DocxParts) => children(first(docx.document, 'w:body') as Element, 'w:p');

function runProperties(docx: DocxParts, styleId: string) {
  const rPr = first(styleById(docx.styles, styleId), 'w:rPr') as Element;
  const fonts = first(rPr, 'w:rFonts');
  return {
    eastAsia: attr(fonts, 'w:eastAsia'), ascii: attr(fonts, 'w:ascii'), hAnsi: attr(fonts, 'w:hAnsi'),
    size: Number(attr(first(rPr, 'w:sz'), 'w:val')) / 2,
    lang: attr(first(rPr, 'w:lang'), 'w:eastAsia'),
  };
}

describe('renderDocx (GB/T 9704 layout)', async () => {
  const docx = await parts(fullReport);
  const distinct = await parts(distinctReport);

  it('is A4 with margins 37/35/28/26 mm in twips, rounded not floored', () => {
    const sectPr = first(docx.document, 'w:sectPr') as Element;
    const size = first(sectPr, 'w:pgSz');
    expect([attr(size, 'w:w'), attr(size, 'w:h')]).toEqual(['11906', '16838']);
    const margin = first(sectPr, 'w:pgMar');
    expect(['w:top', 'w:bottom', 'w:left', 'w:right'].map((a) => Number(attr(margin, a)))).toEqual([2098, 1984, 1587, 1474]);
    expect([twips(37), twips(35), twips(28), twips(26)]).toEqual([2098, 1984, 1587, 1474]);
  });

  it('puts the page number about 7 mm below the text block', () => {
    const margin = first(docx.document, 'w:pgMar');
    const footer = Number(attr(margin, 'w:footer'));
    const line = Number(attr(first(styleById(docx.styles, 'ReportPageNumber'), 'w:spacing'), 'w:line'));
    const gapMm = ((Number(attr(margin, 'w:bottom')) - footer - line) * 25.4) / 1440;
    expect(gapMm).toBeGreaterThan(6.5);
    expect(gapMm).toBeLessThan(7.5);
  });

  it('centres the title in 22 pt 方正小标宋简体, broken after the agency when it is long', () => {
    const title = paragraphs(docx)[0] as Element;
    expect(styleOf(title)).toBe('ReportTitle');
    expect(textOf(title)).toBe('示例市生态环境局2025年政府信息公开工作年度报告');
    expect(all(title, 'w:br')).toHaveLength(1);
    expect(runProperties(docx, 'ReportTitle')).toEqual({ eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman', size: 22, lang: 'zh-CN' });
    expect(attr(first(styleById(docx.styles, 'ReportTitle'), 'w:jc'), 'w:val')).toBe('center');
  });

  it('sets body text in 16 pt 仿宋_GB2312, exact 28 pt lines, 2-character first-line indent, justified', () => {
    const body = styleById(docx.styles, 'ReportBody');
    expect(runProperties(docx, 'ReportBody')).toEqual({ eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman', size: 16, lang: 'zh-CN' });
    const spacing = first(body, 'w:spacing');
    expect([attr(spacing, 'w:line'), attr(spacing, 'w:lineRule')]).toEqual(['560', 'exact']);
    expect(attr(first(body, 'w:ind'), 'w:firstLineChars')).toBe('200');
    expect(attr(first(body, 'w:jc'), 'w:val')).toBe('both');
    const bodyParagraphs = paragraphs(docx).filter((p) => styleOf(p) === 'ReportBody' && textOf(p) !== '');
    expect(bodyParagraphs.map(textOf)).toContain('本年主动公开政府信息情况见下表。');
    expect(bodyParagraphs.length).toBeGreaterThan(15);
  });

  it('sets 一、 headings in 黑体 and （一） headings in 楷体_GB2312, both 16 pt', () => {
    const headings1 = paragraphs(docx).filter((p) => styleOf(p) === 'ReportHeading1').map(textOf);
    expect(headings1).toEqual(['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']);
    expect(runProperties(docx, 'ReportHeading1')).toMatchObject({ eastAsia: '黑体', ascii: 'Times New Roman', size: 16, lang: 'zh-CN' });
    const headings2 = paragraphs(docx).filter((p) => styleOf(p) === 'ReportHeading2').map(textOf);
    expect(headings2).toEqual(['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障']);
    expect(runProperties(docx, 'ReportHeading2')).toMatchObject({ eastAsia: '楷体_GB2312', ascii: 'Times New Roman', size: 16, lang: 'zh-CN' });
  });

  it('sets the document defaults to the East Asian body font and zh-CN', () => {
    const defaults = first(docx.styles, 'w:docDefaults') as Element;
    expect(attr(first(defaults, 'w:rFonts'), 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(first(defaults, 'w:lang'), 'w:eastAsia')).toBe('zh-CN');
  });

  it('uses 仿宋, 楷体 and 宋体 in the Windows font profile', async () => {
    const windows = await parts({ ...fullReport, meta: { ...fullReport.meta, fontProfile: 'windows' } });
    expect(['ReportTitle', 'ReportBody', 'ReportHeading1', 'ReportHeading2', 'ReportTable'].map((id) => runProperties(windows, id).eastAsia))
      .toEqual(['宋体', '仿宋', '黑体', '楷体', '仿宋']);
  });

  it('ends with the agency and the date, right-aligned, after one blank line', () => {
    const all = paragraphs(docx);
    const [blank, agency, date] = all.slice(-3);
    expect(textOf(blank as Element)).toBe('');
    expect([agency, date].map((p) => [styleOf(p as Element), textOf(p as Element)])).toEqual([['ReportSignature', '示例市生态环境局'], ['ReportSignature', '2026年1月20日']]);
    expect(attr(first(styleById(docx.styles, 'ReportSignature'), 'w:jc'), 'w:val')).toBe('right');
    const indent = (p: Element | undefined, side: string) => Number(attr(first(p as Element, 'w:ind'), side));
    // The date, left-aligned, starts 2 characters (2 × 320 twips) right of the right-aligned agency's first character.
    const textWidth = 11906 - 1587 - 1474;
    const agencyStart = textWidth - indent(agency, 'w:right') - 8 * 320;
    expect(attr(first(date as Element, 'w:jc'), 'w:val')).toBe('left');
    expect(indent(date, 'w:left') - agencyStart).toBe(2 * 320);
  });

  it('has different odd and even footers with — PAGE — in 14 pt 宋体, right on odd pages, left on even', () => {
    expect(first(docx.settings, 'w:evenAndOddHeaders')).toBeDefined();
    const references = all(docx.document, 'w:footerReference');
    expect(references.map((r) => attr(r, 'w:type')).sort()).toEqual(['default', 'even']);
    const target = (type: string) => {
      const id = attr(references.find((r) => attr(r, 'w:type') === type), 'r:id');
      const relation = all(docx.relationships, 'Relationship').find((r) => r.getAttribute('Id') === id);
      return docx.footers.get(relation?.getAttribute('Target') ?? '') as Document;
    };
    for (const [type, side] of [['default', 'right'], ['even', 'left']] as const) {
      const footer = target(type);
      expect(footer).toBeDefined();
      expect(all(footer, 'w:instrText').map((i) => i.textContent?.trim())).toEqual(['PAGE']);
      expect(all(footer, 'w:fldChar').map((f) => attr(f, 'w:fldCharType'))).toEqual(['begin', 'separate', 'end']);
      expect(textOf(footer)).toBe('\u2014  \u2014');
      const texts = all(footer, 'w:t').map((t) => t.textContent);
      expect([texts[0], texts[texts.length - 1]]).toEqual(['\u2014 ', ' \u2014']);
      expect(attr(first(footer, 'w:jc'), 'w:val')).toBe(side);
      expect(attr(first(footer, 'w:pStyle'), 'w:val')).toBe('ReportPageNumber');
    }
    expect(runProperties(docx, 'ReportPageNumber')).toEqual({ eastAsia: '宋体', ascii: '宋体', hAnsi: '宋体', size: 14, lang: 'zh-CN' });
  });

  it('has the three tables, 五号 (10.5 pt) and 小五 (9 pt) for table 三, fixed layout, columns summing to the 156 mm text block, 0.5 pt black borders', () => {
    const tables = all(docx.document, 'w:tbl');
    expect(tables).toHaveLength(3);
    expect(runProperties(docx, 'ReportTable')).toMatchObject({ eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', size: 10.5, lang: 'zh-CN' });
    expect(Number(attr(first(first(styleById(docx.styles, 'ReportTableSmall'), 'w:rPr') as Element, 'w:sz'), 'w:val')) / 2).toBe(9);
    expect(attr(first(styleById(docx.styles, 'ReportTableSmall'), 'w:basedOn'), 'w:val')).toBe('ReportTable');
    const textWidth = 11906 - 1587 - 1474;
    tables.forEach((table, i) => {
      const id = tableIds[i] as (typeof tableIds)[number];
      expect(attr(first(table, 'w:tblLayout'), 'w:type')).toBe('fixed');
      const columns = all(table, 'w:gridCol').map((c) => Number(attr(c, 'w:w')));
      expect(columns).toHaveLength(officialGrids[id].cols);
      expect(columns.reduce((a, b) => a + b, 0)).toBe(textWidth);
      expect(Number(attr(first(table, 'w:tblW'), 'w:w'))).toBe(textWidth);
      const borders = first(table, 'w:tblBorders') as Element;
      for (const side of ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV']) {
        const border = first(borders, side);
        expect([attr(border, 'w:val'), attr(border, 'w:sz'), attr(border, 'w:color')]).toEqual(['single', '4', '000000']);
      }
      const cellParagraphs = all(table, 'w:p');
      const tableStyle = id === 'requests' ? 'ReportTableSmall' : 'ReportTable';
      expect(cellParagraphs.every((p) => styleOf(p) === tableStyle)).toBe(true);
    });
  });

  for (const id of tableIds) {
    it(`table ${id}: every merged cell is a real gridSpan/vMerge, the grid equal to the official layout with each figure in its cell`, () => {
      const table = all(distinct.document, 'w:tbl')[tableIds.indexOf(id)] as Element;
      expect(byPosition(docxTableGrid(table))).toEqual(byPosition(expectedCells(id, false)));
      const restarts = all(table, 'w:vMerge').filter((v) => attr(v, 'w:val') === 'restart').length;
      expect(restarts).toBe(officialGrids[id].cells.filter((c) => c.rowSpan > 1).length);
      const spans = all(table, 'w:gridSpan').length;
      const continued = officialGrids[id].cells.reduce((sum, c) => sum + (c.colSpan > 1 ? c.rowSpan : 0), 0);
      expect(spans).toBe(continued);
    });

    it(`table ${id}: rows never split, header rows repeat, figures centred`, () => {
      const table = all(docx.document, 'w:tbl')[tableIds.indexOf(id)] as Element;
      const rows = children(table, 'w:tr');
      expect(rows.every((tr) => first(tr, 'w:cantSplit') !== undefined)).toBe(true);
      const headerRows = { active: 0, requests: 3, appeals: 3 }[id];
      expect(rows.map((tr) => first(tr, 'w:tblHeader') !== undefined)).toEqual(rows.map((_, r) => r < headerRows));
      const valueRow = rows[rows.length - 1] as Element;
      const lastCell = children(valueRow, 'w:tc').at(-1) as Element;
      expect(attr(first(lastCell, 'w:jc'), 'w:val')).toBe('center');
    });
  }

  it('contains every label of the official layout verbatim', () => {
    const text = textOf(docx.document);
    for (const label of officialLabels) expect(text).toContain(label);
  });

  it('prints the fee with its decimals and a blank cell as 0', async () => {
    const withBlank = await parts(setCell(fullReport, 'tables.appeals.review.upheld', null));
    const appeals = all(withBlank.document, 'w:tbl')[2] as Element;
    const figures = children(children(appeals, 'w:tr').at(-1) as Element, 'w:tc').map(textOf);
    expect(figures[0]).toBe('0');
    expect(textOf(all(docx.document, 'w:tbl')[0] as Element)).toContain('1.25');
  });

  it('builds a fresh document each time: rendering twice gives the same XML', async () => {
    const again = await parts(fullReport);
    const serialize = (d: Document) => new XMLSerializer().serializeToString(d);
    expect(serialize(again.document)).toBe(serialize(docx.document));
  });

  it('keeps hostile typed text as text in well-formed XML', async () => {
    const hostile = '</w:t></w:r><w:r><w:t>注入 & <script>"\'';
    const report: Report = { ...fullReport, meta: { ...fullReport.meta, agency: hostile }, text: { ...fullReport.text, problems: hostile } };
    const docxHostile = await parts(setCell(report, 'tables.requests.received.natural', hostile));
    const texts = paragraphs(docxHostile).map(textOf);
    expect(texts.filter((t) => t === hostile).length).toBeGreaterThanOrEqual(2);
    expect(textOf(all(docxHostile.document, 'w:tbl')[1] as Element)).toContain(hostile);
    expect(first(docxHostile.core, 'dc:creator')?.textContent).toBe(hostile);
    expect(first(docxHostile.core, 'dc:title')?.textContent).toBe(`${hostile}2025年政府信息公开工作年度报告`);
  });
});
