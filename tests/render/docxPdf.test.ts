import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { distinctReport, expectedCells, officialLabels, tableIds } from './renderFixtures.ts';

// The .docx must open in LibreOffice without repair and print every label and figure where it belongs.
const squeeze = (text: string) => text.replace(/\s+/g, '');

function toPdf(dir: string, name: string, bytes: Uint8Array): { pages: number; text: string } {
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 120_000 });
  const pdf = join(dir, `${name}.pdf`);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  // -raw keeps the content-stream order: LibreOffice draws table cells row by row, in reading order.
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), text };
}

describe('the .docx in LibreOffice', () => {
  let dir = '';
  let distinct = { pages: 0, text: '' };
  let full = { pages: 0, text: '' };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'docx-pdf-'));
    distinct = toPdf(dir, 'distinct', await renderDocxBytes(distinctReport));
    full = toPdf(dir, 'full', await renderDocxBytes(fullReport));
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('converts to a PDF of a few A4 pages', () => {
    expect(distinct.pages).toBeGreaterThanOrEqual(3);
    expect(full.pages).toBeGreaterThanOrEqual(4);
    expect(full.pages).toBeLessThanOrEqual(6);
  });

  it('prints every label of the official layout', () => {
    const text = squeeze(full.text);
    for (const label of officialLabels) expect(text).toContain(squeeze(label));
  });

  for (const id of tableIds) {
    it(`prints every row of table ${id} with its labels and figures in order`, () => {
      const text = squeeze(distinct.text);
      const cells = expectedCells(id, false);
      const rows = new Map<number, string>();
      for (const cell of cells) rows.set(cell.row, (rows.get(cell.row) ?? '') + cell.text);
      for (const row of rows.values()) expect(text).toContain(squeeze(row));
    });
  }

  it('prints the title, the headings, the page numbers with dashes and the signature', () => {
    const text = squeeze(full.text);
    expect(text).toContain('示例市生态环境局2025年政府信息公开工作年度报告');
    expect(text).toContain('六、其他需要报告的事项');
    expect(text).toContain('（五）监督保障');
    for (let page = 1; page <= full.pages; page += 1) expect(text).toContain(`\u2014${page}\u2014`);
    expect(text).toMatch(/示例市生态环境局2026年1月20日(\u2014\d+\u2014)?$/);
  });

  it('keeps the figures of the fixture report', () => {
    const text = squeeze(full.text);
    expect(text).toContain('行政事业性收费1.25');
    expect(text).toContain('一、本年新收政府信息公开申请数量549111167');
  });
});
