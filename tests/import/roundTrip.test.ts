import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { importReport } from '../../src/import/importReport.ts';
import { setCell } from '../../src/model/cellAccess.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { renderCmsHtml } from '../../src/render/html/renderCmsHtml.ts';
import { renderHtml } from '../../src/render/html/renderHtml.ts';
import { renderPlainText } from '../../src/render/text/renderPlainText.ts';
import { textToBlocks } from '../../src/import/textToBlocks.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { fixtureFigures } from './fixtureFigures.ts';
import { allCells, readFixture } from './readFixture.ts';

// Text is compared up to whitespace, as the issue asks; tables and meta exactly.
const squeeze = (value: unknown): unknown =>
  typeof value === 'string' ? value.replace(/\s+/g, '')
    : Array.isArray(value) ? value.map(squeeze)
      : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, squeeze(v)])) : value;

async function importBack(kind: 'text' | 'html' | 'docx' | 'json', data: string | Uint8Array): Promise<Report> {
  const result = await importReport({ kind, data });
  if (!result.ok) throw new Error(result.error);
  expect(result.notes.filter((note) => note.level === 'warning')).toEqual([]);
  return result.report;
}

// A second report: a government, a long two-line title, no 成文日期, an empty sub-section, decimals in the fee.
const undatedGovernment: Report = setCell(
  {
    ...fullReport,
    // agencyLevel: what the importer recognises from the name (a county government's office)
    meta: { ...fullReport.meta, agency: '某某自治州某某县人民政府办公室', agencyKind: 'department', agencyLevel: 'county', issuedOn: null },
    text: { ...fullReport.text, overview: { ...fullReport.text.overview, sections: fullReport.text.overview.sections.slice(0, 3) } },
  },
  'tables.active.fees.amount',
  12.3456,
);

describe('round trips through the product\'s own exports', () => {
  const reports = { fullReport, undatedGovernment } as const;
  for (const [name, report] of Object.entries(reports)) {
    it(`${name}: renderHtml → importReport gives the same report`, async () => {
      const back = await importBack('html', renderHtml(report));
      expect(back.tables).toEqual(report.tables);
      expect(back.meta).toEqual(report.meta);
      expect(squeeze(back.text)).toEqual(squeeze(report.text));
    });

    it(`${name}: renderCmsHtml (pasted into a CMS) → importReport gives the same report`, async () => {
      const back = await importBack('html', renderCmsHtml(report));
      expect(back.tables).toEqual(report.tables);
      expect(squeeze(back.text)).toEqual(squeeze(report.text));
    });

    it(`${name}: renderPlainText (tables tab-separated, spans left empty) → importReport gives the same report`, async () => {
      const back = await importBack('text', renderPlainText(report));
      expect(back.tables).toEqual(report.tables);
      expect(back.meta).toEqual(report.meta);
      expect(squeeze(back.text)).toEqual(squeeze(report.text));
    });

    it(`${name}: renderDocx → .docx bytes → importReport gives the same report`, async () => {
      const back = await importBack('docx', await renderDocxBytes(report));
      expect(back.tables).toEqual(report.tables);
      expect(back.meta).toEqual(report.meta);
      expect(squeeze(back.text)).toEqual(squeeze(report.text));
    });
  }

  it('the report JSON imports as itself', async () => {
    const back = await importBack('json', JSON.stringify(fullReport));
    expect(back).toEqual(fullReport);
  });
});

describe('a .docx written by someone else', () => {
  it('reads a Word file whose tables are plain grids of the published labels', async () => {
    // Built with the docx package from the flattened fixture: each | row becomes a Word table row.
    const blocks = textToBlocks(readFixture('pipe-rows.txt'));
    const children = blocks.map((block) =>
      block.kind === 'paragraph'
        ? new Paragraph({ text: block.text })
        : new Table({ rows: block.rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph({ text: cell })] })) })) }),
    );
    const bytes = await Packer.pack(new Document({ sections: [{ children }] }), 'uint8array');
    const result = await importReport({ kind: 'docx', data: bytes });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(allCells(result.report)).toEqual({ ...fixtureFigures, 'tables.active.coercion.decisions': null });
    expect(result.report.meta).toMatchObject({ agency: '示例县交通运输局', year: 2024, issuedOn: '2025-01-18' });
    expect(result.notes.map((note) => note.paths).flat()).toContain('tables.active.coercion.decisions');
  });
});
