import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { reportContentHash } from '../../src/model/reportContentHash.ts';
import { reviewReports } from '../../src/model/review/reviewReports.ts';
import { sha256Hex } from '../../src/model/sha256.ts';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { generatorLabel, generatorVersion } from '../../src/render/generator.ts';
import { renderHtml } from '../../src/render/html/renderHtml.ts';
import { fullReport } from '../fixtures/fullReport.ts';

describe('fingerprint of exported files', () => {
  it('computes SHA-256 as Node does, across block boundaries and for Chinese text', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(1000), '政府信息公开工作年度报告', fullReport.text.preamble]) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('keeps the generator version equal to package.json', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(generatorVersion).toBe(pkg.version);
  });

  it('hashes what is published, not drafting data or key order', () => {
    const reordered = { ...fullReport, tables: Object.fromEntries(Object.entries(fullReport.tables).reverse()) } as typeof fullReport;
    expect(reportContentHash(reordered)).toBe(reportContentHash(fullReport));
    expect(reportContentHash({ ...fullReport, meta: { ...fullReport.meta, fontProfile: 'windows' } })).toBe(reportContentHash(fullReport));
    expect(reportContentHash({ ...fullReport, text: { ...fullReport.text, other: `${fullReport.text.other}。` } })).not.toBe(reportContentHash(fullReport));
  });

  it('records the generator and the content hash in the page and the Word file', async () => {
    const hash = reportContentHash(fullReport);
    const html = renderHtml(fullReport);
    expect(html).toContain(`<meta name="generator" content="${generatorLabel}">`);
    expect(html).toContain(`<meta name="report-content-sha256" content="${hash} ${generatorVersion}">`);
    const zip = await JSZip.loadAsync(await renderDocxBytes(fullReport));
    const custom = await zip.file('docProps/custom.xml')!.async('string');
    expect(custom).toContain('name="reportContentSha256"');
    expect(custom).toContain(hash);
    expect(custom).toContain(generatorLabel);
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain(hash);
  });

  it('review says whether two copies of one agency-year differ, and where', () => {
    const web = { ...fullReport, text: { ...fullReport.text, problems: fullReport.text.problems.replace('月度巡查', '季度巡查') } };
    const review = reviewReports([
      { file: 'signed.json', report: fullReport },
      { file: 'web.html', report: web },
      { file: 'same.txt', report: fullReport },
    ]);
    const signed = review.reviewed.find((r) => r.row.file === 'signed.json')?.row.copies;
    expect(signed?.find((c) => c.file === 'web.html')).toMatchObject({ differs: true, where: [{ part: 'text.problems' }] });
    expect(signed?.find((c) => c.file === 'web.html')?.where[0]?.quote).toContain('月度巡查');
    expect(signed?.find((c) => c.file === 'same.txt')).toEqual({ file: 'same.txt', differs: false, where: [] });
  });
});
