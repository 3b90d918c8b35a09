/**
 * Pathological inputs (issue 12): decompression bombs, unclosed tags, deep nesting, GBK files — each read in a
 * child process of its own, so its time and its peak memory (maxRSS) are its own. Part of `npm run bench`;
 * alone: `npx tsx tests/bench/node/hostileInputs.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importReport } from '../../../src/import/importReport.ts';
import { readReportBytes } from '../../../src/import/readReportBytes.ts';
import { fullReport } from '../../fixtures/fullReport.ts';
import { gb18030Bytes } from '../../cli/encodings.ts';
import { minimalDocx, paddedDocumentXml } from '../../import/hostileDocx.ts';
import { projectRoot } from '../bundle/productionBuild.ts';

type Reader = 'docx' | 'html' | 'text' | 'json';
type Case = { readonly label: string; readonly reader: Reader; readonly make: () => Uint8Array | string };

const megabyte = 1024 * 1024;
const paragraph = '<w:p><w:r><w:t>一</w:t></w:r></w:p>';
const documentOf = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

const cases: readonly Case[] = [
  { label: '.docx bomb: 100 MB of paragraphs', reader: 'docx', make: () => minimalDocx(documentOf(paragraph.repeat(Math.floor(100e6 / paragraph.length)))) },
  { label: '.docx bomb: 100 MB of spaces', reader: 'docx', make: () => minimalDocx(paddedDocumentXml('一', 100e6)) },
  { label: '.docx, directory claims 4 kB, holds 60 MB', reader: 'docx', make: () => minimalDocx(paddedDocumentXml('一', 60e6), { declaredSize: 4096 }) },
  { label: '.docx, 50 000 empty paragraphs (300 kB XML)', reader: 'docx', make: () => minimalDocx(documentOf('<w:p/>'.repeat(50000))) },
  { label: 'HTML, 96 kB of unclosed `<a `', reader: 'html', make: () => `<p>收到申请</p>${'<a '.repeat(32 * 1024)}` },
  { label: 'HTML, 1 MB of unclosed `<a `', reader: 'html', make: () => `<p>收到申请</p>${'<a '.repeat(megabyte / 3)}` },
  { label: 'HTML, 1 MB of `<` in a paragraph', reader: 'html', make: () => `<p>收到申请${'<'.repeat(megabyte)}</p>` },
  { label: 'HTML, 1 MB of tags in an unclosed quote', reader: 'html', make: () => `<p title="${'<p>'.repeat(megabyte / 3)}` },
  { label: 'HTML, 1.2 M characters of text (over the cap)', reader: 'html', make: () => `<p>${'收到申请'.repeat(300000)}</p>` },
  { label: 'text, 400 k characters on one line (the cap)', reader: 'text', make: () => '收到申请'.repeat(100000) },
  { label: 'report JSON nested 100 000 levels', reader: 'json', make: () => JSON.stringify(fullReport).replace('{', `{"extra":${'['.repeat(1e5)}${']'.repeat(1e5)},`) },
  { label: 'report JSON saved as GBK', reader: 'json', make: () => gb18030Bytes(JSON.stringify(fullReport)) },
];

export type HostileFigure = { readonly label: string; readonly inputBytes: number; readonly ms: number; readonly peakMb: number; readonly baselineMb: number; readonly outcome: string };

async function runOne(reader: Reader, file: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const before = process.resourceUsage().maxRSS;
  const start = performance.now();
  let outcome: string;
  if (reader === 'json') {
    const read = readReportBytes(bytes);
    outcome = read.ok ? `read: ${read.report.meta.agency}` : read.error;
  } else {
    const data = reader === 'docx' ? bytes : new TextDecoder().decode(bytes);
    const result = await importReport({ kind: reader, data }, { fallbackYear: 2025 });
    outcome = result.ok ? 'imported' : result.error;
  }
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, baselineMb: before / 1024, outcome }));
}

/** Every case in a child process: time to the answer, peak resident memory of that process, the answer. */
export function hostileInputFigures(): HostileFigure[] {
  const dir = mkdtempSync(join(tmpdir(), 'gov-info-report-bench-hostile-'));
  try {
    return cases.map((item, index) => {
      const data = item.make();
      const file = join(dir, `case${index}`);
      writeFileSync(file, data);
      const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--case', item.reader, file], {
        cwd: projectRoot,
        encoding: 'utf8',
        timeout: 300_000,
      });
      const inputBytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
      if (child.status !== 0) return { label: item.label, inputBytes, ms: Number.NaN, peakMb: Number.NaN, baselineMb: Number.NaN, outcome: `child failed: ${(child.stderr || String(child.error)).split('\n')[0]}` };
      const measured = JSON.parse(child.stdout) as { ms: number; peakMb: number; baselineMb: number; outcome: string };
      return { label: item.label, inputBytes, ...measured };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run --silent cli -- import <bomb.docx>`: wall time from the shell, exit status and the one line. */
export function cliBomb(): { wallMs: number; status: number | null; line: string; fileBytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'gov-info-report-bench-bomb-'));
  try {
    const file = join(dir, 'bomb.docx');
    const bytes = minimalDocx(documentOf(paragraph.repeat(Math.floor(100e6 / paragraph.length))));
    writeFileSync(file, bytes);
    const start = performance.now();
    const child = spawnSync('npm', ['run', '--silent', 'cli', '--', 'import', file], { cwd: projectRoot, encoding: 'utf8', timeout: 300_000 });
    return { wallMs: performance.now() - start, status: child.status, line: child.stderr.trim().split('\n')[0] ?? '', fileBytes: bytes.byteLength };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--case') {
  await runOne(process.argv[3] as Reader, process.argv[4] ?? '');
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const figure of hostileInputFigures()) {
    console.log(`${figure.label.padEnd(48)} ${(figure.inputBytes / 1024).toFixed(0).padStart(6)} kB  ${figure.ms.toFixed(0).padStart(6)} ms  peak ${figure.peakMb.toFixed(0).padStart(5)} MB (${figure.baselineMb.toFixed(0)} before)  ${figure.outcome.slice(0, 70)}`);
  }
  const cli = cliBomb();
  console.log(`CLI import of the ${(cli.fileBytes / 1024).toFixed(0)} kB bomb: ${cli.wallMs.toFixed(0)} ms wall, exit ${cli.status}: ${cli.line}`);
}
