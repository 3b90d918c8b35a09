import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReportFile } from '../../src/cli/readReportFile.ts';
import { detectInputKind } from '../../src/import/detectInputKind.ts';
import { importReport } from '../../src/import/importReport.ts';
import { inspectDocxZip } from '../../src/import/inspectDocxZip.ts';
import { readReportBytes } from '../../src/import/readReportBytes.ts';
import { reportSchema } from '../../src/model/reportSchema.ts';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { gb18030Bytes, utf16Bytes } from '../cli/encodings.ts';
import { pageReports } from '../fixtures/publishedPages/pageReports.ts';
import { savedPage } from '../fixtures/publishedPages/savedPages.ts';

// A reason the clerk can read: Chinese, and no English sentence from a library or the engine leaking through.
const englishPhrase = /\b[A-Za-z]{3,}\s+[a-z]{3,}\b|undefined|Error|Maximum call stack/;
function expectReportOrReason(result: { ok: true; report: unknown } | { ok: false; error: string }): void {
  if (result.ok) {
    expect(reportSchema.safeParse(result.report).success).toBe(true);
    return;
  }
  expect(result.error).toMatch(/[\u4e00-\u9fff]/);
  // What the file itself holds is quoted after 实为 and may be any text.
  expect(result.error.replace(/实为[^；]*/g, '')).not.toMatch(englishPhrase);
  expect(result.error).not.toContain('\n');
}

const reportText = JSON.stringify(fullReport);
const encoder = new TextEncoder();
// Random bytes alone almost never reach the deeper code: also damage real files (flip, cut, splice bytes).
const damaged = (valid: Uint8Array) =>
  fc.record({ at: fc.nat(), length: fc.integer({ min: 1, max: 64 }), noise: fc.uint8Array({ minLength: 1, maxLength: 64 }), cut: fc.boolean() }).map(({ at, length, noise, cut }) => {
    const start = at % valid.byteLength;
    const bytes = Uint8Array.from([...valid.subarray(0, start), ...noise, ...valid.subarray(Math.min(valid.byteLength, start + length))]);
    return cut ? bytes.subarray(0, start + noise.byteLength) : bytes;
  });
const reportJsonBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  damaged(encoder.encode(reportText)),
  damaged(gb18030Bytes(reportText)),
  damaged(utf16Bytes(reportText, 'le', true)),
  fc.string().map((text) => encoder.encode(`{"format":"gov-info-annual-report","version":1,"template":"2021","meta":${text},"tables":{}}`)),
  // Valid JSON with any value where a field should be: the schema's issues must come out in Chinese.
  fc.record({ field: fc.constantFrom('agency', 'year', 'issuedOn', 'agencyKind', 'fontProfile', 'lastYear', 'deadline'), value: fc.jsonValue({ maxDepth: 3 }) })
    .map(({ field, value }) => encoder.encode(JSON.stringify({ ...fullReport, meta: { ...fullReport.meta, [field]: value } }))),
  fc.record({ part: fc.constantFrom('text', 'meta', 'tables'), value: fc.jsonValue({ maxDepth: 3 }) })
    .map(({ part, value }) => encoder.encode(JSON.stringify({ ...fullReport, [part]: value }))),
);

let docx: Uint8Array = new Uint8Array();
beforeAll(async () => {
  docx = await renderDocxBytes(fullReport);
});

describe('every reader on random and damaged bytes: a report or one Chinese line, never a throw', () => {
  it('report JSON (readReportBytes: UTF-8, UTF-16, GBK)', () => {
    fc.assert(fc.property(reportJsonBytes, (bytes) => expectReportOrReason(readReportBytes(bytes))), { numRuns: 400 });
  });

  it('text, HTML and JSON through importReport, as a file would be detected', async () => {
    const kinds = fc.constantFrom('report.txt', 'page.html', 'report.json', 'unnamed');
    await fc.assert(fc.asyncProperty(kinds, fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 400 }), damaged(encoder.encode(reportText))), async (name, bytes) => {
      const detected = detectInputKind(name, bytes);
      if (!detected.ok) return expectReportOrReason(detected);
      if (detected.input.kind === 'pdf') return undefined;
      const result = await importReport(detected.input, { fallbackYear: 2025 });
      expectReportOrReason(result.ok ? { ok: true, report: result.report } : result);
    }), { numRuns: 200 });
  });

  it('.mhtml/.mht on random bytes after MIME headers, and on damaged saved pages', async () => {
    const [page] = pageReports;
    if (!page) throw new Error('no page');
    const saved = [savedPage(page, 'framed', 'mhtml-blink').bytes, savedPage(page, 'portal', 'mhtml-base64-gbk').bytes];
    const headers = encoder.encode('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html; charset=gbk\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n');
    const inputs = fc.oneof(
      fc.uint8Array({ maxLength: 400 }).map((b) => Uint8Array.from([...headers, ...b])),
      fc.uint8Array({ minLength: 1, maxLength: 400 }),
      damaged(saved[0] as Uint8Array),
      damaged(saved[1] as Uint8Array),
    );
    await fc.assert(fc.asyncProperty(inputs, async (bytes) => {
      const detected = detectInputKind('page.mhtml', bytes);
      if (!detected.ok) return expectReportOrReason(detected);
      const result = await importReport(detected.input, { fallbackYear: 2025 });
      expectReportOrReason(result.ok ? { ok: true, report: result.report } : result);
    }), { numRuns: 40 });
  });

  it('the zip directory check on random bytes after a zip signature, and on damaged .docx files', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])), damaged(docx)), async (bytes) => {
      const checked = await inspectDocxZip(bytes);
      if (!checked.ok) expectReportOrReason(checked);
    }), { numRuns: 300 });
  });

  it('.docx through mammoth when damaged', async () => {
    await fc.assert(fc.asyncProperty(damaged(docx), async (bytes) => {
      const result = await importReport({ kind: 'docx', data: bytes }, { fallbackYear: 2025 });
      expectReportOrReason(result.ok ? { ok: true, report: result.report } : result);
    }), { numRuns: 40 });
  });

  it("the command line's file reader, by extension", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'random-bytes-'));
    const extensions = fc.constantFrom('.json', '.txt', '.html', '.htm', '.mhtml', '.mht', '.docx', '');
    let n = 0;
    await fc.assert(fc.asyncProperty(extensions, fc.oneof(reportJsonBytes, damaged(docx)), async (extension, bytes) => {
      const file = join(dir, `file${(n += 1)}${extension}`);
      writeFileSync(file, bytes);
      try {
        const report = await readReportFile(file);
        expect(reportSchema.safeParse(report).success).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(Error);
        expectReportOrReason({ ok: false, error: (error as Error).message });
      }
    }), { numRuns: 150 });
  });
});
