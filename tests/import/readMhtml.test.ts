import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/importReport.ts';
import { maxMhtmlParts, readMhtml } from '../../src/import/mhtml/readMhtml.ts';
import { gb18030Bytes } from '../cli/encodings.ts';
import { base64Lines, mhtml, quotedPrintable } from '../fixtures/publishedPages/savedPages.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const page = (body: string) => `<html><head><meta name="PubDate" content="2025-01-28"></head><body>${body}</body></html>`;

describe('readMhtml', () => {
  it('decodes quoted-printable (soft line breaks, =XX) in the charset the part declares, GB2312 included', () => {
    const text = page(`<p>${'某某县交通运输局2024年政府信息公开工作年度报告'.repeat(4)}</p>`);
    const file = mhtml([{ type: 'text/html; charset="gb2312"', encoding: 'quoted-printable', body: gb18030Bytes(text), location: 'https://example.gov.cn/a.html' }], 'x', 'https://example.gov.cn/a.html', 'ie');
    expect(new TextDecoder().decode(file)).toMatch(/=\r\n/);
    const read = readMhtml(file);
    expect(read).toMatchObject({ ok: true, page: { html: text } });
  });

  it('decodes base64 parts, takes the page as the first text/html part and its frames by cid: and address', () => {
    const frame = page('<p>框架中的正文</p>');
    const file = mhtml([
      { type: 'text/html', encoding: 'quoted-printable', body: utf8(page('<iframe src="cid:frame-1@mhtml.blink"></iframe>')), location: 'https://example.gov.cn/a.html' },
      { type: 'image/png', encoding: 'base64', body: new Uint8Array([1, 2, 3]), location: 'https://example.gov.cn/i.png' },
      { type: 'text/html', encoding: 'base64', body: utf8(frame), location: 'https://example.gov.cn/f.html', id: 'frame-1@mhtml.blink' },
    ], '页面', 'https://example.gov.cn/a.html', 'blink');
    const read = readMhtml(file);
    if (!read.ok) throw new Error(read.error);
    expect(read.page.html).toContain('<iframe src="cid:frame-1@mhtml.blink">');
    expect(read.page.frames.get('cid:frame-1@mhtml.blink')).toBe(frame);
    expect(read.page.frames.get('https://example.gov.cn/f.html')).toBe(frame);
    expect(read.page.location).toBe('https://example.gov.cn/a.html');
  });

  it('writes quoted-printable and base64 the way the decoder reads them back (helpers of the fixtures)', () => {
    const bytes = utf8('行政规范性文件 = 3\n');
    expect(quotedPrintable(bytes)).toMatch(/^=E8=A1=8C/);
    expect(base64Lines(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('readMhtml on hostile files: refused with a Chinese reason, in one pass', () => {
  const boundary = 'b0undary';
  const header = `MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="${boundary}"\r\n\r\n`;
  const hostile: Record<string, Uint8Array> = {
    'no MIME headers at all': utf8('x'.repeat(4 * 1024 * 1024)),
    'headers that never end': utf8(`MIME-Version: 1.0\r\n${'X-Padding: aaaaaaaaaaaaaaaa\r\n'.repeat(200_000)}`),
    'multipart without a boundary': utf8('MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n--x\r\n'),
    'more parts than any page': utf8(`${header}${`--${boundary}\r\nContent-Type: image/gif\r\n\r\nGIF\r\n`.repeat(maxMhtmlParts + 1)}--${boundary}--`),
    'parts whose headers never end': utf8(`${header}${`--${boundary}\r\nContent-Type: text/html\r\n`.repeat(maxMhtmlParts - 1)}`),
    'no page among the parts': utf8(`${header}--${boundary}\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n\r\n${'R0lG'.repeat(1_000_000)}\r\n--${boundary}--`),
    'a page of nothing but = signs': utf8(`${header}--${boundary}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${'='.repeat(8 * 1024 * 1024)}\r\n--${boundary}--`),
    'a page nested a million elements deep': utf8(`${header}--${boundary}\r\nContent-Type: text/html\r\n\r\n${'<div>'.repeat(1_000_000)}一、总体情况\r\n--${boundary}--`),
  };
  for (const [name, bytes] of Object.entries(hostile)) {
    it(`refuses ${name}`, { timeout: 30000 }, async () => {
      const result = await importReport({ kind: 'mhtml', data: bytes });
      expect(result).toEqual({ ok: false, error: expect.stringMatching(/^[\u4e00-\u9fff（]/) });
    });
  }

  it('names why: not a saved page, no boundary, too many parts, no page', () => {
    const error = (bytes: Uint8Array) => {
      const read = readMhtml(bytes);
      return read.ok ? '' : read.error;
    };
    expect(error(hostile['no MIME headers at all'] as Uint8Array)).toBe('不是有效的网页单文件（.mhtml/.mht）：文件开头没有 MIME 信息头');
    expect(error(hostile['multipart without a boundary'] as Uint8Array)).toMatch(/boundary/);
    expect(error(hostile['more parts than any page'] as Uint8Array)).toMatch(new RegExp(`组成部分超过 ${maxMhtmlParts} 个`));
    expect(error(hostile['no page among the parts'] as Uint8Array)).toMatch(/没有网页正文/);
  });
});
