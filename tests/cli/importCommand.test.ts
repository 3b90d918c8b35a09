import { describe, expect, it, beforeAll } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliCaptured } from './runCliCaptured.ts';
import { readReportText } from '../../src/model/readReport.ts';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { fixtureDir } from '../import/readFixture.ts';

const run = runCliCaptured;

describe('cli import', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cli-import-'));
    for (const name of ['pipe-rows.txt', 'published-page.html', 'trial-format-2019.txt']) copyFileSync(join(fixtureDir, name), join(dir, name));
    writeFileSync(join(dir, 'full.docx'), await renderDocxBytes(fullReport));
    writeFileSync(join(dir, 'broken.docx'), 'PK\u0003\u0004 not really a zip');
  });

  it('writes the report JSON to stdout and what it could not read to stderr', async () => {
    const result = await run(['import', join(dir, 'pipe-rows.txt')]);
    expect(result.code).toBe(0);
    const read = readReportText(result.out);
    expect(read.ok && read.report.meta.agency).toBe('示例县交通运输局');
    expect(result.err).toContain('注意 tables.active.coercion.decisions：表二「行政强制 / 本年处理决定数量」为空白，已留空');
  });

  it('writes to -o and reads a .docx', async () => {
    const target = join(dir, 'out.json');
    const result = await run(['import', join(dir, 'full.docx'), '-o', target]);
    expect(result).toMatchObject({ code: 0, out: '' });
    const read = readReportText(readFileSync(target, 'utf8'));
    expect(read.ok && read.report.tables).toEqual(fullReport.tables);
  });

  it('exits 2 with one line naming the file and the reason', async () => {
    for (const [file, reason] of [['broken.docx', /Word 文件已损坏/], ['trial-format-2019.txt', /2019年试行格式/], ['missing.txt', /文件不存在/]] as const) {
      const result = await run(['import', join(dir, file)]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(reason);
      expect(result.err).toContain(file);
      expect(result.err.split('\n')).toHaveLength(1);
    }
  });

  it('asks for a file when none is given', async () => {
    expect(await run(['import'])).toMatchObject({ code: 2, err: expect.stringMatching(/用法：import/) });
  });

  it('lets validate check published reports (.txt, .html, .docx) after importing them', async () => {
    const result = await run(['validate', join(dir, 'published-page.html'), join(dir, 'full.docx'), '--json']);
    expect(result.code).toBe(0);
    const files = JSON.parse(result.out).files as { file: string; findings: { rule: string }[] }[];
    expect(files.map((f) => f.findings.filter((finding) => finding.rule !== 'late-issue'))).toEqual([[], []]);
    const txt = await run(['validate', join(dir, 'pipe-rows.txt')]);
    expect(txt.out).toContain('[blank-cell] tables.active.coercion.decisions');
  });
});
