import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importReport } from '../../src/import/importReport.ts';
import { reportSchema } from '../../src/model/reportSchema.ts';
import { tableSpecs } from '../../src/import/tableSpecs.ts';
import { sections } from '../../src/template/sections.ts';

// Pieces real pages are made of, so the generators reach the matcher and not only the "not a report" exit.
const labels = [...tableSpecs.flatMap((spec) => spec.allLabels), ...sections.map((section) => section.heading)];
const piece = fc.oneof(
  fc.string(),
  fc.constantFrom(...labels),
  fc.constantFrom('|', ' | ', '||', '\n', '\t', '0', '12', '—', '（一）', '。', '2024年', '年　月　日'),
  fc.integer({ min: 0, max: 999 }).map(String),
);
const textLike = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));
const tags = fc.constantFrom('<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<td colspan="3">', '<th rowspan=2>', '<p>', '</p>', '<br>', '<!--', '-->', '<script>', '</script>', '&nbsp;', '&#x4e00;', '&#99999999;', '<', '>', '&');
const htmlLike = fc.array(fc.oneof(piece, tags), { maxLength: 120 }).map((parts) => parts.join(''));

const settle = async (kind: 'text' | 'html', data: string) => {
  const result = await importReport({ kind, data });
  if (result.ok) expect(reportSchema.safeParse(result.report).success).toBe(true);
  else expect(result.error).toMatch(/[\u4e00-\u9fff]/);
};

describe('importReport never throws', () => {
  it('on arbitrary text: a valid report or a Chinese reason', async () => {
    await fc.assert(fc.asyncProperty(textLike, (data) => settle('text', data)), { numRuns: 300 });
  });

  it('on arbitrary HTML: a valid report or a Chinese reason', async () => {
    await fc.assert(fc.asyncProperty(htmlLike, (data) => settle('html', data)), { numRuns: 300 });
  });

  it('on arbitrary bytes given as a .docx', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
      const result = await importReport({ kind: 'docx', data: Uint8Array.from([0x50, 0x4b, ...bytes]) });
      expect(result.ok).toBe(false);
    }), { numRuns: 50 });
  });
});
