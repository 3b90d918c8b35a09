import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../src/import/htmlToBlocks.ts';
import { htmlTokens } from '../../src/import/htmlTokens.ts';
import { importReport } from '../../src/import/importReport.ts';
import { maxTextCharacters } from '../../src/import/importLimits.ts';

const tokens = (html: string) => [...htmlTokens(html)].map((t) => (t.kind === 'text' ? t.text : `${t.closing ? '/' : ''}${t.name}${t.selfClosing ? '/' : ''}`));

describe('htmlTokens', () => {
  it('reads tags, text, and a `>` inside a quoted attribute value as part of the tag', () => {
    expect(tokens('<P class="a>b" id=\'c>d\'>一、总体情况</p><br/>')).toEqual(['p', '一、总体情况', '/p', 'br/']);
  });

  it('keeps a `<` that opens no tag as text, and drops comments, doctype and processing instructions', () => {
    expect(tokens('<!DOCTYPE html><?xml x?><!-- <p> -->a < b <3 <<p>c')).toEqual(['a < b <3 <', 'p', 'c']);
  });

  it('reads a script or style as raw text up to its end tag (a `<p>` inside is not a tag)', () => {
    expect(tokens('<script>if (a<b) x="<p>";</script><p>正文')).toEqual(['script', 'if (a<b) x="<p>";', '/script', 'p', '正文']);
  });

  it('drops a tag the input ends inside, with the rest, as a browser does', () => {
    expect(tokens('<p>正文</p><a href="x')).toEqual(['p', '正文', '/p']);
    expect(tokens('<p>正文<a <a <a')).toEqual(['p', '正文']);
    expect(tokens('正文<!-- never closed <p>x')).toEqual(['正文']);
  });
});

describe('htmlToBlocks on hostile input', () => {
  // Each of these took quadratic time with the regular-expression tokenizer (96 kB: 12 s; 1 MB: minutes).
  const megabyte = 1024 * 1024;
  const hostile = {
    'unclosed tags': `<p>收到申请</p>${'<a '.repeat(megabyte / 3)}`,
    'unclosed quoted attributes': `<p>收到申请</p>${'<a x="1" '.repeat(megabyte / 9)}`,
    'lone less-than signs': `<p>收到申请${'<'.repeat(megabyte)}</p>`,
    'tags inside an unclosed quote': `<p title="${'<p>'.repeat(megabyte / 3)}`,
  };
  for (const [name, html] of Object.entries(hostile)) {
    it(`reads 1 MB of ${name} in one pass`, { timeout: 20000 }, () => {
      const blocks = htmlToBlocks(html);
      expect(blocks.length).toBeLessThanOrEqual(1);
      if (blocks[0]?.kind === 'paragraph') expect(blocks[0].text.startsWith('收到申请')).toBe(true);
    });
  }

  it('refuses a page with more text than any report, naming the amount', async () => {
    const html = `<p>${'收到申请'.repeat(maxTextCharacters / 4 + 1)}</p>`;
    expect(await importReport({ kind: 'html', data: html })).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`文字过多（约 ${Math.round((maxTextCharacters + 4) / 10000)} 万字）.*不像是一份年度报告`)) });
  });
});
