import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { detectInputKind } from '../../src/import/detectInputKind.ts';
import { importReport } from '../../src/import/importReport.ts';
import { maxImportBytes } from '../../src/import/importLimits.ts';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { Document, Packer, Paragraph } from 'docx';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('importReport limits: a clear Chinese message, never a throw', () => {
  it('refuses input over the size limit', async () => {
    const big = new Uint8Array(maxImportBytes + 1);
    const result = await importReport({ kind: 'docx', data: big });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/文件过大.*MB/) });
    expect(detectInputKind('big.txt', big)).toEqual({ ok: false, error: expect.stringMatching(/文件过大/) });
  });

  it('refuses text with far more lines than any report has', async () => {
    const lines = Array.from({ length: 30000 }, (_, i) => `第${i}行`).join('\n');
    expect(await importReport({ kind: 'text', data: lines })).toEqual({ ok: false, error: expect.stringMatching(/内容过多.*不像是一份年度报告/) });
  });

  it('says a truncated .docx is damaged', async () => {
    const bytes = await renderDocxBytes(fullReport);
    const result = await importReport({ kind: 'docx', data: bytes.slice(0, Math.floor(bytes.length / 2)) });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/Word 文件已损坏/) });
  });

  it('says a zip without a Word body is not a Word document', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', '不是 Word');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const result = await importReport({ kind: 'docx', data: bytes });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/不是 Word 文档/) });
  });

  it('says bytes that are not a zip at all are not a .docx', async () => {
    const result = await importReport({ kind: 'docx', data: utf8('hello') });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/不是有效的 Word 文件/) });
  });

  it('says a Word document that is not an annual report is not one', async () => {
    const letter = new Document({ sections: [{ children: [new Paragraph({ text: '关于召开年度工作会议的通知' }), new Paragraph({ text: '请各科室准时参加。' })] }] });
    const result = await importReport({ kind: 'docx', data: await Packer.pack(letter, 'uint8array') });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/不是政府信息公开工作年度报告/) });
  });

  it('passes on the reason JSON that is not a report cannot be read', async () => {
    expect(await importReport({ kind: 'json', data: '{"format":"other"}' })).toEqual({ ok: false, error: expect.stringMatching(/不是年度报告文件/) });
    expect(await importReport({ kind: 'json', data: '{' })).toEqual({ ok: false, error: expect.stringMatching(/不是有效的 JSON/) });
  });
});

describe('detectInputKind', () => {
  it('goes by content first, then by name', () => {
    expect(detectInputKind('a.txt', utf8('<html><body><p>x</p></body></html>'))).toMatchObject({ ok: true, input: { kind: 'html' } });
    expect(detectInputKind('a.html', utf8('纯文本'))).toMatchObject({ ok: true, input: { kind: 'html' } });
    expect(detectInputKind('a.txt', utf8('一、总体情况'))).toMatchObject({ ok: true, input: { kind: 'text', data: '一、总体情况' } });
    expect(detectInputKind('report.json', utf8(' {"format":1}'))).toMatchObject({ ok: true, input: { kind: 'json' } });
    expect(detectInputKind('x.bin', new Uint8Array([0x50, 0x4b, 3, 4]))).toMatchObject({ ok: true, input: { kind: 'docx' } });
  });

  it('names old .doc files, empty files and damaged .docx files, and takes a PDF by its content', () => {
    expect(detectInputKind('a.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toEqual({ ok: false, error: expect.stringMatching(/旧版 Word/) });
    expect(detectInputKind('a.txt', utf8('%PDF-1.7'))).toMatchObject({ ok: true, input: { kind: 'pdf' } });
    expect(detectInputKind('a.txt', new Uint8Array())).toEqual({ ok: false, error: '文件是空的' });
    expect(detectInputKind('a.docx', utf8('not a zip'))).toEqual({ ok: false, error: expect.stringMatching(/不是有效的 Word 文件/) });
  });

  it('reads text saved as GB18030, as older Chinese pages are', () => {
    // 一、总体情况 in GB18030.
    const gb = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, 0xc7, 0xe9, 0xbf, 0xf6]);
    expect(detectInputKind('a.txt', gb)).toEqual({ ok: true, input: { kind: 'text', data: '一、总体情况' } });
  });
});
