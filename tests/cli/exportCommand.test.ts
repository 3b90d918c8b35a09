// @vitest-environment jsdom
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './runCliCaptured.ts';
import { emptyReport } from '../../src/model/emptyReport.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { all, readDocx, textOf } from '../render/docxXml.ts';

const projectRoot = join(import.meta.dirname, '..', '..');

const run = runCliCaptured;

describe('cli export', () => {
  let dir = '';
  let report = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-export-'));
    report = join(dir, 'report.json');
    writeFileSync(report, JSON.stringify(fullReport));
  });

  it('writes the .docx, the page and the CMS form, and says so', async () => {
    const [docx, html, cms] = ['out.docx', 'out.html', 'cms.html'].map((name) => join(dir, name)) as [string, string, string];
    const result = await run(['export', report, '--docx', docx, '--html', html, '--cms', cms]);
    expect(result).toEqual({ code: 0, out: `Word 文件已写入：${docx}\n网页已写入：${html}\nCMS 网页片段已写入：${cms}`, err: '' });
    const parts = await readDocx(readFileSync(docx));
    expect(all(parts.document, 'w:tbl')).toHaveLength(3);
    expect(textOf(parts.document)).toContain('示例市生态环境局2025年政府信息公开工作年度报告');
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(readFileSync(cms, 'utf8')).toMatch(/^<article style="/);
  });

  it('writes only what is asked for', async () => {
    const html = join(dir, 'only.html');
    const result = await run(['export', report, '--html', html]);
    expect(result.code).toBe(0);
    expect(existsSync(html)).toBe(true);
    expect(existsSync(join(dir, 'only.docx'))).toBe(false);
  });

  it('exports a report with errors but warns on stderr', async () => {
    const draft = join(dir, 'draft.json');
    writeFileSync(draft, JSON.stringify(emptyReport({ year: 2025, agency: '某某县某某局' })));
    const result = await run(['export', draft, '--html', join(dir, 'draft.html')]);
    expect(result.code).toBe(0);
    // 200 blank cells and the empty parts 一、五、六
    expect(result.err).toBe('注意：报告还有错误 3 处，未填 200 格没有解决（未填的单元格印为 0），请用 validate --final 查看');
  });

  it.each([
    [['export'], '用法：export <report.json> [--docx out.docx] [--html out.html] [--cms out.html]'],
    [['export', 'x.json'], '请至少给出 --docx、--html 或 --cms 之一（用法：export <report.json> [--docx out.docx] [--html out.html] [--cms out.html]）'],
    [['export', 'missing.json', '--html', 'x.html'], 'missing.json: 无法读取：文件不存在'],
    [['export', 'x.json', '--html'], '选项 --html 需要一个值'],
    [['export', 'x.json', '--pdf', 'x.pdf'], '不认识的选项：--pdf'],
  ])('answers %j with one line and exit 2', async (args, message) => {
    const result = await run(args);
    expect(result).toEqual({ code: 2, out: '', err: message });
  });

  it('answers a file that is not a report with one line and exit 2', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": "something else"');
    const result = await run(['export', broken, '--docx', join(dir, 'broken.docx')]);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toMatch(/^.*broken\.json: 无法读取：/);
    expect(existsSync(join(dir, 'broken.docx'))).toBe(false);
  });

  it('answers an unwritable target with one line and exit 2', async () => {
    const result = await run(['export', report, '--html', join(dir, 'no-such-folder', 'x.html')]);
    expect(result).toEqual({ code: 2, out: '', err: `无法写入 ${join(dir, 'no-such-folder', 'x.html')}：所在的文件夹不存在，请先建好文件夹或换一个位置` });
  });

  it('runs as npm run cli -- export', () => {
    const html = join(dir, 'npm.html');
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'export', report, '--html', html], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('<title>示例市生态环境局2025年政府信息公开工作年度报告</title>');
  });
});
