import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/importReport.ts';
import { inspectDocxZip } from '../../src/import/inspectDocxZip.ts';
import { wordElementCounter } from '../../src/import/wordElementCounter.ts';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { rawZip } from '../fixtures/rawZip.ts';
import { minimalDocx, paddedDocumentXml } from './hostileDocx.ts';

const importDocx = (data: Uint8Array) => importReport({ kind: 'docx', data }, { fallbackYear: 2025 });

describe('a .docx is checked before mammoth unpacks it', () => {
  it('refuses a small file whose body unpacks to 100 MB (a decompression bomb) from its directory alone', async () => {
    const bomb = minimalDocx(paddedDocumentXml('一', 100 * 1000 * 1000));
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    expect(await importDocx(bomb)).toEqual({ ok: false, error: expect.stringMatching(/word\/document\.xml 压缩比异常（\d+ 倍）.*压缩炸弹/) });
  });

  it('refuses a file whose directory claims a small body that unpacks far larger, stopping at the claimed size', async () => {
    const liar = minimalDocx(paddedDocumentXml('一', 60 * 1000 * 1000), { declaredSize: 4096 });
    expect(await importDocx(liar)).toEqual({ ok: false, error: expect.stringMatching(/word\/document\.xml 解压后的大小与文件目录中记录的不符/) });
  });

  it('refuses files that together unpack to more than 100 MB', async () => {
    const parts = Array.from({ length: 3 }, (_, i) => ({ name: `word/media/image${i}.png`, data: 'x', declaredSize: 40 * 1024 * 1024 }));
    const result = await inspectDocxZip(rawZip(parts));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/解压后约 120 MB，超过 100 MB.*压缩炸弹/) });
  });

  it('refuses XML over 8 MB even when it is stored unpacked (no ratio to notice)', async () => {
    const big = rawZip([{ name: 'word/document.xml', data: paddedDocumentXml('一', 9 * 1024 * 1024), store: true }]);
    expect(await inspectDocxZip(big)).toEqual({ ok: false, error: expect.stringMatching(/正文解压后超过 8\.0 MB/) });
  });

  it('refuses a body with more paragraphs and cells than any report before parsing it', async () => {
    const body = `<w:document><w:body>${'<w:p/>'.repeat(50000)}</w:body></w:document>`;
    expect(await importDocx(minimalDocx(body))).toEqual({ ok: false, error: expect.stringMatching(/内容过多（超过 40000 个段落和表格单元格）/) });
  });

  it('refuses a zip with thousands of files', async () => {
    const parts = Array.from({ length: 1001 }, (_, i) => ({ name: `word/p${i}.xml`, data: '<a/>' }));
    expect(await inspectDocxZip(rawZip(parts))).toEqual({ ok: false, error: expect.stringMatching(/内含 1001 个部件/) });
  });

  it('says a zip whose directory points outside the file, or whose data is not deflate, is damaged', async () => {
    const good = minimalDocx('<w:document/>');
    const broken = good.slice();
    broken.fill(0xff, 40, 80);
    expect(await inspectDocxZip(broken)).toEqual({ ok: false, error: expect.stringMatching(/Word 文件已损坏/) });
    expect(await inspectDocxZip(good.slice(0, good.length - 30))).toEqual({ ok: false, error: expect.stringMatching(/Word 文件已损坏/) });
  });

  it('passes the Word file the app exports, and it still imports', async () => {
    const bytes = await renderDocxBytes(fullReport);
    expect(await inspectDocxZip(bytes)).toEqual({ ok: true });
    expect(await importDocx(bytes)).toMatchObject({ ok: true });
  });
});

describe('wordElementCounter', () => {
  it('counts paragraphs and cells, not their properties, across chunk boundaries', () => {
    const counter = wordElementCounter();
    const text = '<w:p><w:pPr/><w:tc><w:tcPr/><w:p w:rsidR="1"><w:t>x</w:t></w:p></w:tc><w:tbl><w:p/><w:tc\n>';
    const bytes = new TextEncoder().encode(text);
    for (let i = 0; i < bytes.length; i += 3) counter.feed(bytes.subarray(i, i + 3));
    expect(counter.count()).toBe(5);
  });
});

describe('inspectDocxZip where the browser has no raw deflate stream (Chromium before 103)', () => {
  it('still refuses a bomb by its directory and passes a real .docx instead of calling it damaged', async () => {
    const original = globalThis.DecompressionStream;
    const bomb = minimalDocx(paddedDocumentXml('一', 100 * 1000 * 1000));
    const bytes = await renderDocxBytes(fullReport);
    class WithoutRawDeflate {
      constructor(format: string) {
        if (format === 'deflate-raw') throw new TypeError(`Unsupported compression format: '${format}'`);
      }
    }
    globalThis.DecompressionStream = WithoutRawDeflate as unknown as typeof DecompressionStream;
    try {
      expect(await inspectDocxZip(bomb)).toEqual({ ok: false, error: expect.stringMatching(/压缩炸弹/) });
      expect(await inspectDocxZip(bytes)).toEqual({ ok: true });
    } finally {
      globalThis.DecompressionStream = original;
    }
  });
});

describe('the paragraph guard whatever the namespace prefix (issue 23, MED 5)', () => {
  it('refuses 50,000 paragraphs written without the w: prefix (a default namespace) before mammoth parses them', async () => {
    const main = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    // Numbered paragraphs: varied enough to pack like real XML (no ratio to notice), only the count gives it away.
    const paragraphs = Array.from({ length: 50000 }, (_, i) => `<p><r><t>第${i}段</t></r></p>`).join('');
    const body = `<document xmlns="${main}"><body>${paragraphs}</body></document>`;
    expect(await importDocx(minimalDocx(body))).toEqual({ ok: false, error: expect.stringMatching(/内容过多（超过 40000 个段落和表格单元格）/) });
    const prefixed = `<x:document xmlns:x="${main}"><x:body>${paragraphs.replace(/<(\/?)(p|r|t)>/g, '<$1x:$2>')}</x:body></x:document>`;
    expect(await importDocx(minimalDocx(prefixed))).toEqual({ ok: false, error: expect.stringMatching(/内容过多/) });
  });

  it('counts p and tc by local name, not pPr, tcPr, tbl, closing tags or declarations', () => {
    const counter = wordElementCounter();
    counter.feed(new TextEncoder().encode('<?xml version="1.0"?><p><pPr/><tc><tcPr/><x:p a="1"/></tc></p><tbl/><t>p</t><!-- <p> --'));
    // <!-- <p> --> is a comment; a counter this simple counts it (one more than the body holds): harmless for a cap.
    expect(counter.count()).toBe(4);
  });
});
