import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { setCell } from '../../src/model/cellAccess.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { renderCmsHtml } from '../../src/render/html/renderCmsHtml.ts';
import { renderHtml } from '../../src/render/html/renderHtml.ts';
import { xmlSafeText } from '../../src/render/xmlSafeReport.ts';
import { fullReport } from '../fixtures/fullReport.ts';

// XML 1.0 §2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const forbiddenCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const allForbidden = [...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).filter((c) => !'\t\n\r'.includes(c)), '\uFFFE', '\uFFFF', '\uD800', '\uDFFF'];

function hostileReport(): Report {
  const noise = allForbidden.join('');
  const report: Report = {
    ...fullReport,
    meta: { ...fullReport.meta, agency: `示例县\uFFFE交通\u0000运输局${noise}` },
    text: { ...fullReport.text, problems: `存在的问题\uFFFF：公开\u0008不及时。\uD800${noise}`, other: `𠀀字与表情😀保留\t制表符\r\n换行${noise}` },
  };
  return setCell(report, 'tables.requests.received.natural', `3\u0000${noise}`);
}

describe('xmlSafeText', () => {
  it('removes every character XML 1.0 forbids and keeps tab, line breaks, U+FFFD and characters beyond the BMP', () => {
    for (const character of allForbidden) expect(xmlSafeText(`a${character}b`)).toBe('ab');
    expect(xmlSafeText('\t\n\r\uFFFD𠀀😀\uE000\uD7FF')).toBe('\t\n\r\uFFFD𠀀😀\uE000\uD7FF');
  });
});

describe('the renderers strip forbidden characters at their boundary', () => {
  let dir = '';
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes no forbidden character into the page or the CMS form, and keeps the text around them', () => {
    for (const html of [renderHtml(hostileReport()), renderCmsHtml(hostileReport())]) {
      expect(html).not.toMatch(forbiddenCharacter);
      expect(html).toContain('示例县交通运输局');
      expect(html).toContain('存在的问题：公开不及时。');
      expect(html).toContain('𠀀字与表情😀保留');
    }
  });

  it('writes no forbidden character into any part of the .docx, which LibreOffice opens', async () => {
    const bytes = await renderDocxBytes(hostileReport());
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      expect(await zip.file(name)?.async('string'), name).not.toMatch(forbiddenCharacter);
    }
    dir = mkdtempSync(join(tmpdir(), 'xml-forbidden-'));
    const docx = join(dir, 'hostile.docx');
    writeFileSync(docx, bytes);
    const profile = pathToFileURL(join(dir, 'lo-profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, docx], { stdio: 'pipe', timeout: 120_000 });
    const text = execFileSync('cat', [join(dir, 'hostile.txt')], { encoding: 'utf8' });
    expect(text).toContain('示例县交通运输局');
    expect(text).toContain('存在的问题：公开不及时。');
  }, 180_000);
});
