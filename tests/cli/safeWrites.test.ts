import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reportJsonSchemaText } from '../../src/model/reportJsonSchema.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { ledgerCsv } from '../fixtures/ledgerFiles.ts';
import { runCliCaptured as run } from './runCliCaptured.ts';

// Issue 23 (HIGH 4, MED 6, LOW 9): no write leaves a truncated file where a good one was; no output silently
// replaces an input, another output or a file of another kind; `--` ends the options.
const report = `${JSON.stringify(fullReport, null, 2)}\n`;
const ledger = ledgerCsv([['收到日期', '申请人类型', '办理结果', '答复日期'], ['2025-03-05', '自然人', '予以公开', '2025-03-20']]);
const projectRoot = join(import.meta.dirname, '..', '..');

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-safe-writes-'));
});

/** Each file of the folder and its content, to compare before and after. */
const snapshot = (folder: string) => Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name)).toString('base64')]));

describe('a full disk leaves every existing file whole (a real 64 kB tmpfs, filled up)', () => {
  const disk = mkdtempSync(join(tmpdir(), 'cli-full-disk-'));
  let mounted = false;
  beforeAll(() => {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk], { stdio: 'pipe' });
      mounted = true;
    } catch {
      mounted = false;
    }
  });
  afterAll(() => {
    if (mounted) execFileSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
  });

  it('refuses with the reason and “完好无损” in ledger, export, import, review, new and schema, and leaves no temporary file', async () => {
    // Where mounting is not permitted (not root), the next test still stops a write half-way.
    if (!mounted) {
      expect(process.getuid?.()).not.toBe(0);
      return;
    }
    const inputs = join(dir, 'inputs');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'base.json'), report);
    writeFileSync(join(inputs, 'l.csv'), ledger);
    // The outputs of an earlier run, then the disk filled to the last byte.
    writeFileSync(join(disk, 'r.json'), report);
    writeFileSync(join(disk, 'page.html'), '<!DOCTYPE html><html><body>上次导出的网页</body></html>');
    writeFileSync(join(disk, 'table.csv'), '\uFEFF机关,年度\r\n某局,2024\r\n');
    writeFileSync(join(disk, 'schema.json'), reportJsonSchemaText());
    try {
      writeFileSync(join(disk, 'filler'), Buffer.alloc(128 * 1024, 1));
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    const before = snapshot(disk);
    const runs = [
      ['ledger', join(inputs, 'l.csv'), '--year', '2025', '--into', join(inputs, 'base.json'), '-o', join(disk, 'r.json'), '--force'],
      ['export', join(inputs, 'base.json'), '--html', join(disk, 'page.html')],
      ['import', join(inputs, 'base.json'), '-o', join(disk, 'r.json'), '--force'],
      ['review', join(inputs, 'base.json'), '--csv', join(disk, 'table.csv'), '--html', join(disk, 'page.html')],
      ['new', '--year', '2025', '--agency', '某某县某某局', '-o', join(disk, 'r.json'), '--force'],
      ['schema', '-o', join(disk, 'schema.json')],
    ];
    for (const args of runs) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err.split('\n').at(-1)).toMatch(/^无法写入.*：磁盘空间已满，请清理磁盘或换一个磁盘后重试；原有的 .* 完好无损，没有改动$/);
      expect(snapshot(disk), args.join(' ')).toEqual(before);
    }
  });
});

describe('a write stopped half-way (a file size limit: EFBIG after 8 kB) leaves the old file whole', () => {
  it('keeps the old report when `import -o` fails while writing', () => {
    writeFileSync(join(dir, 'old.json'), report);
    // The input: a report whose 五 is long, so its output (≈ 45 kB) passes the limit while being written.
    writeFileSync(join(dir, 'long.json'), JSON.stringify({ ...fullReport, text: { ...fullReport.text, problems: '本机关全年主动公开政府信息。'.repeat(2000) } }));
    const before = readFileSync(join(dir, 'old.json'), 'utf8');
    // ulimit -f 8: no file may grow past 8 kB; the new report is far larger, so the write fails half-way.
    const result = spawnSync('bash', ['-c', `ulimit -f 8; exec node --import tsx src/cli/main.ts import "${join(dir, 'long.json')}" -o "${join(dir, 'old.json')}" --force`], { cwd: projectRoot, encoding: 'utf8' });
    // Node ignores SIGXFSZ: the write fails with EFBIG instead, after 8 kB of the new content.
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^无法写入 .*old\.json：写入时系统报错（EFBIG）.*；原有的 .*old\.json 完好无损，没有改动\n$/);
    expect(readFileSync(join(dir, 'old.json'), 'utf8')).toBe(before);
  }, 120_000);
});

describe('outputs that are inputs, other outputs, or files of another kind', () => {
  it('refuses `ledger l.csv -o l.csv` and `ledger … --into r.json -o r.json` (also through a link), even with --force', async () => {
    writeFileSync(join(dir, 'l.csv'), ledger);
    writeFileSync(join(dir, 'r.json'), report);
    symlinkSync(join(dir, 'r.json'), join(dir, 'link.json'));
    const before = snapshot(dir);
    const onLedger = await run(['ledger', join(dir, 'l.csv'), '--year', '2025', '-o', join(dir, 'l.csv'), '--force']);
    expect(onLedger).toMatchObject({ code: 2, err: `-o ${join(dir, 'l.csv')} 就是要读取的台账文件 ${join(dir, 'l.csv')}，写入会把台账覆盖；请给输出另取一个文件名` });
    for (const target of ['r.json', 'link.json']) {
      const onInto = await run(['ledger', join(dir, 'l.csv'), '--year', '2024', '--into', join(dir, 'r.json'), '-o', join(dir, target), '--force']);
      expect(onInto.code).toBe(2);
      expect(onInto.err).toContain('就是要读取的报告文件');
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses `new -o r.json` and `schema -o r.json` over a report unless --force', async () => {
    writeFileSync(join(dir, 'r.json'), report);
    const refused = await run(['new', '--year', '2025', '--agency', '某某县某某局', '-o', join(dir, 'r.json')]);
    expect(refused).toMatchObject({ code: 2, err: expect.stringMatching(/^-o .*r\.json 已经存在，是一个报告文件（\.json），可能是已填写的报告；为免覆盖，没有写入任何文件。.*--force$/) });
    expect((await run(['schema', '-o', join(dir, 'r.json')])).code).toBe(2);
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe(report);
    expect((await run(['new', '--year', '2025', '--agency', '某某县某某局', '-o', join(dir, 'r.json'), '--force'])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).meta.agency).toBe('某某县某某局');
  });

  it('refuses `review --html o.html --csv o.html` before writing either', async () => {
    writeFileSync(join(dir, 'r.json'), report);
    const result = await run(['review', join(dir, 'r.json'), '--html', join(dir, 'o.html'), '--csv', join(dir, 'o.html')]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--html 和 --csv 指向同一个文件/);
    expect(existsSync(join(dir, 'o.html'))).toBe(false);
  });

  it('replaces an earlier page of its own kind, but not a report or a Word file, with --html', async () => {
    writeFileSync(join(dir, 'r.json'), report);
    writeFileSync(join(dir, 'page.html'), '<!DOCTYPE html><html><body>旧页面</body></html>');
    expect((await run(['export', join(dir, 'r.json'), '--html', join(dir, 'page.html')])).code).toBe(0);
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toContain(fullReport.meta.agency);
    writeFileSync(join(dir, 'other.json'), report);
    const onReport = await run(['export', join(dir, 'r.json'), '--html', join(dir, 'other.json')]);
    expect(onReport.err).toMatch(/已经存在，是一个报告文件/);
    expect(readFileSync(join(dir, 'other.json'), 'utf8')).toBe(report);
    expect((await run(['export', join(dir, 'r.json'), '--docx', join(dir, 'r.docx')])).code).toBe(0);
    const onDocx = await run(['review', join(dir, 'r.json'), '--csv', join(dir, 'r.docx')]);
    expect(onDocx.err).toMatch(/已经存在，是一个Word 文件，不是本命令输出的表格文件（CSV）/);
  });
});

describe('-- ends the options', () => {
  it('reads a file named -1.json after --, and writes to -o -2.json', async () => {
    writeFileSync(join(dir, '-1.json'), report);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect((await run(['validate', '-1.json'])).err).toMatch(/不认识的选项：-1\.json（以 - 开头的文件名请写在 -- 之后/);
      expect((await run(['validate', '--json', '--', '-1.json'])).code).not.toBe(2);
      expect((await run(['import', '-o', '-2.json', '--', '-1.json'])).code).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, '-2.json'), 'utf8')).meta.agency).toBe(fullReport.meta.agency);
    } finally {
      process.chdir(cwd);
    }
  });
});
