import { afterEach, describe, expect, it, vi } from 'vitest';
import { importReport } from '../../../src/import/importReport.ts';
import { maxPdfMsPerPage, maxPdfOperatorsPerPage } from '../../../src/import/pdf/pdfLimits.ts';
import { buildPdf, pathBomb, textBomb, textItemBomb, unpaintedPathBomb } from '../../fixtures/hostilePdfs.ts';

// Issue 23 (HIGH 3): PDF content bombs — a small file whose content stream inflates to tens of MB of operators —
// are refused with a Chinese reason, bounded per page in operators, text and time; pdf.js prints nothing itself.
const importPdf = (bytes: Uint8Array) => importReport({ kind: 'pdf', data: bytes }, { fallbackYear: 2025 });

describe('PDF content bombs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('refuses 60 MB of stroked paths in a ~150 kB file at the operator limit, naming the page', async () => {
    const bytes = pathBomb(60);
    expect(bytes.byteLength).toBeLessThan(256 * 1024);
    const result = await importPdf(bytes);
    expect(result).toEqual({ ok: false, error: expect.stringContaining(`这份 PDF 第 1 页的绘图和文字指令超过 ${maxPdfOperatorsPerPage} 条`) });
  });

  it('refuses 3 million text operations (was: Maximum call stack size exceeded)', async () => {
    const result = await importPdf(textBomb(3_000_000));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^这份 PDF 第 1 页.*内容炸弹/);
    const items = await importPdf(textItemBomb(1_000_000));
    expect(!items.ok && items.error).toMatch(/^这份 PDF 第 1 页.*内容炸弹/);
  });

  it('stops one never-painted path of 60 MB (no operator until its end) by the time limit per page', async () => {
    const result = await importPdf(unpaintedPathBomb(60));
    expect(result).toEqual({ ok: false, error: expect.stringContaining(`这份 PDF 第 1 页读取超过 ${maxPdfMsPerPage / 1000} 秒仍未完成`) });
  }, 120_000);

  it('leaves Date.now as it was after a page was stopped', async () => {
    const now = Date.now;
    await importPdf(pathBomb(10));
    expect(Date.now).toBe(now);
  });

  it('reads an ordinary PDF with a standard font and prints no pdf.js warning (English) of its own', async () => {
    const logged: unknown[] = [];
    for (const method of ['log', 'warn', 'error', 'info'] as const) vi.spyOn(console, method).mockImplementation((...args) => void logged.push(args));
    const lines = ['2024年政府信息公开工作年度报告', '一、总体情况', '本机关全年主动公开政府信息若干条。'];
    const content = lines.map((line, i) => `BT /F1 12 Tf 72 ${760 - i * 20} Td (${line.replace(/[^\x20-\x7e]/g, 'x')}) Tj ET`).join('\n');
    const result = await importPdf(buildPdf([{ content }]));
    expect(result.ok || result.error).toBeTruthy();
    expect(logged).toEqual([]);
  });
});
