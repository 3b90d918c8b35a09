import { importReport } from '../../../src/import/importReport.ts';
import { detectInputKind } from '../../../src/import/detectInputKind.ts';
import { cellCatalog } from '../../../src/model/cellCatalog.ts';
import { getCell } from '../../../src/model/cellAccess.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { renderDocxBytes } from '../../../src/render/docx/packDocx.ts';
import { renderHtml } from '../../../src/render/html/renderHtml.ts';
import { fullReport } from '../../fixtures/fullReport.ts';
import { distinctReport } from '../../render/renderFixtures.ts';
import { docxToPdf, htmlToPdfs } from './makePdfs.ts';

async function importPdf(bytes: Uint8Array) {
  const detected = detectInputKind('report.pdf', bytes);
  if (!detected.ok) throw new Error(detected.error);
  expect(detected.input.kind).toBe('pdf');
  return importReport(detected.input, { fallbackYear: 2025 });
}

function differentCells(read: Report, expected: Report): string[] {
  return cellCatalog.flatMap((cell) => (getCell(read, cell.path) === getCell(expected, cell.path) ? [] : [`${cell.path}: ${getCell(read, cell.path)} ≠ ${getCell(expected, cell.path)}`]));
}

// Web copies of the report restyled the way other systems draw tables.
const restyled = (report: Report, css: string) => renderHtml(report).replace('</style>', `${css}\n</style>`);
const narrowLabels = '.report { max-width: none; } .column-requests-0, .column-requests-1 { width: 5.5% !important; } .column-requests-2 { width: 12% !important; } .table { font-size: 9pt; }';
const borderless = '.header, .section, .note, .row-label, .value { border: none !important; } .table { table-layout: auto; width: 100%; font-size: 8pt; } .report { max-width: none; }';
const runningHeads = {
  header: '<div style="font-size:8px;width:100%;text-align:center">某某县某某局政府信息公开工作年度报告</div>',
  footer: '<div style="font-size:8px;width:100%;text-align:center">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>',
};

describe('importing a PDF with a text layer', () => {
  let fromWord: Uint8Array;
  let fromWordFull: Uint8Array;
  let printed: Uint8Array[] = [];

  beforeAll(async () => {
    fromWord = docxToPdf(await renderDocxBytes(distinctReport), 'distinct');
    fromWordFull = docxToPdf(await renderDocxBytes(fullReport), 'full');
    printed = await htmlToPdfs([
      { html: restyled(distinctReport, narrowLabels), options: { format: 'A5', headerFooter: runningHeads } },
      { html: restyled(distinctReport, borderless), options: { format: 'A4', landscape: true } },
      { html: '<!DOCTYPE html><html><body><svg width="600" height="800"><rect x="10" y="10" width="500" height="700" fill="#ccc"/></svg></body></html>' },
    ]);
  }, 240_000);

  it('reads all 200 cells exactly from a Word file printed by LibreOffice (tables split across pages)', async () => {
    const result = await importPdf(fromWord);
    if (!result.ok) throw new Error(result.error);
    expect(differentCells(result.report, distinctReport)).toEqual([]);
    expect(result.report.meta.agency).toBe('某某县某某局');
    expect(result.report.meta.year).toBe(2025);
  });

  it('reads the text parts and the 成文日期 of a complete report as well as its figures', async () => {
    const result = await importPdf(fromWordFull);
    if (!result.ok) throw new Error(result.error);
    expect(differentCells(result.report, fullReport)).toEqual([]);
    expect(result.report.meta.issuedOn).toBe(fullReport.meta.issuedOn);
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    expect(squeeze(result.report.text.problems)).toBe(squeeze(fullReport.text.problems));
    expect(result.report.text.overview.sections.map((s) => s.heading)).toEqual(fullReport.text.overview.sections.map((s) => s.heading));
    expect(squeeze(result.report.text.overview.sections[1]?.body ?? '')).toBe(squeeze(fullReport.text.overview.sections[1]?.body ?? ''));
  });

  it('reads a narrow table with labels wrapped over many lines, on small pages with running heads and page numbers', async () => {
    const result = await importPdf(printed[0]!);
    if (!result.ok) throw new Error(result.error);
    expect(differentCells(result.report, distinctReport)).toEqual([]);
  });

  it('reads a table drawn without borders from the gaps between its columns', async () => {
    const result = await importPdf(printed[1]!);
    if (!result.ok) throw new Error(result.error);
    const wrong = differentCells(result.report, distinctReport);
    expect(wrong).toEqual([]);
  });

  it('refuses a PDF without a text layer (a scan), saying why', async () => {
    const result = await importPdf(printed[2]!);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('没有文字层') });
  });

  it('answers a damaged PDF with one Chinese line', async () => {
    const broken = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not really a pdf');
    const result = await importPdf(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/PDF/);
  });
});
