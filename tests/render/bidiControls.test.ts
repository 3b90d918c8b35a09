import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/reportSchema.ts';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { renderCmsHtml } from '../../src/render/html/renderCmsHtml.ts';
import { renderHtml } from '../../src/render/html/renderHtml.ts';
import { fullReport } from '../fixtures/fullReport.ts';

// Issue 23 (LOW 8): invisible controls that reorder text, and line/paragraph separators, never reach what is
// published — a title “某某县‮局源资然自‬” would read as another agency's.
const controls = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u2028\u2029]/;
const spoofed: Report = {
  ...fullReport,
  meta: { ...fullReport.meta, agency: '示例县\u202E局源资然自\u202C\u2028（假）' },
  text: { ...fullReport.text, problems: '存在的问题\u2029一是\u2066更新不及时\u2069\u200F；二是\u061C整改\u2028到位。' },
};

describe('bidi controls and separators in what is published', () => {
  it('are not in the web page, the CMS page or the Word file; separators become ordinary breaks', async () => {
    const page = renderHtml(spoofed);
    const cms = renderCmsHtml(spoofed);
    const zip = await JSZip.loadAsync(await renderDocxBytes(spoofed));
    const xml = await Promise.all(Object.values(zip.files).filter((file) => file.name.endsWith('.xml')).map((file) => file.async('string')));
    for (const [name, text] of [['html', page], ['cms', cms], ...xml.map((x, i) => [`docx part ${i}`, x])] as const) {
      expect(controls.test(text), name).toBe(false);
    }
    expect(page).toContain('<title>示例县局源资然自（假）');
    expect(page).toContain('更新不及时');
    expect(xml.join('')).toContain('示例县局源资然自（假）');
  });
});
