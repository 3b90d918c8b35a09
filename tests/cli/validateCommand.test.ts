import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliCaptured } from './runCliCaptured.ts';
import { acknowledge } from '../../src/model/acknowledgeEdit.ts';
import { setCell } from '../../src/model/cellAccess.ts';
import type { Finding } from '../../src/model/finding.ts';
import { validateReport } from '../../src/model/validateReport.ts';
import { balancedReport } from '../fixtures/buildReport.ts';

const projectRoot = join(import.meta.dirname, '..', '..');

const run = runCliCaptured;

describe('cli validate', () => {
  let dir = '';
  let good = '';
  let bad = '';
  const balanced = balancedReport({ results: { disclosed: 1 }, carriedForward: 1 });
  const unbalanced = setCell(balanced, 'tables.requests.carriedForward.natural', 3);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-validate-'));
    good = join(dir, 'good.json');
    bad = join(dir, 'bad.json');
    writeFileSync(good, JSON.stringify(balanced));
    writeFileSync(bad, JSON.stringify(unbalanced));
  });

  it('exits 0 and says so for a balanced report', async () => {
    const result = await run(['validate', good]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`${good}: 通过，没有发现问题`);
  });

  it('prints the findings and exits 1 when a file has errors', async () => {
    const result = await run(['validate', good, bad]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`${bad}: 错误 2 处`);
    expect(result.out).toContain('错误 [balance] tables.requests.received.natural  自然人一列：一、本年新收(2) + 二、上年结转(0) = 2，而（七）总计(1) + 四、结转下年度(3) = 4');
  });

  it('names the likely mistyped cell first, and under each finding it explains', async () => {
    const lines = (await run(['validate', bad])).out.split('\n');
    expect(lines[1]).toBe('  可能输错 tables.requests.carriedForward.natural  表三「四、结转下年度 / 自然人」可能输错：应为 1。（可解释下列 2 处错误）');
    expect(lines.filter((line) => line === '    → 表三「四、结转下年度 / 自然人」可能输错：应为 1。')).toHaveLength(2);
  });

  it('lists an acknowledged warning as 已核实 with its reason, and a digit-slip hint where no suspect is named', async () => {
    const withRegulations = setCell(setCell(setCell(balanced, 'tables.active.regulations.issued', 1), 'tables.active.regulations.inForce', 1), 'tables.appeals.review.upheld', 10);
    const warning = validateReport(withRegulations).find((f) => f.rule === 'regulations-not-allowed');
    const file = join(dir, 'acknowledged.json');
    writeFileSync(file, JSON.stringify(acknowledge(withRegulations, warning as Finding, '本局有规章制定权', '2026-01-18')));
    const result = await run(['validate', file]);
    expect(result.out.split('\n')[0]).toBe(`${file}: 错误 1 处，已核实 1 处`);
    expect(result.out).toContain('  已核实 [regulations-not-allowed] tables.active.regulations.issued  ');
    expect(result.out).toContain('    → 已核实（2026-01-18）：本局有规章制定权');
    expect(result.out).toContain('    → 相差 10：可能有一格的某一位数字输错（如把 1234 输成 1334）。');
    const json = JSON.parse((await run(['validate', '--json', file])).out);
    const listed = json.files[0].findings.find((f: Finding) => f.rule === 'regulations-not-allowed');
    expect(listed.acknowledged).toEqual({ reason: '本局有规章制定权', on: '2026-01-18' });
    expect(json.files[0].findings.find((f: Finding) => f.rule === 'appeal-total').suspect).toBeUndefined();
  });

  it('prints exactly the documented JSON with --json', async () => {
    const result = await run(['validate', '--json', bad]);
    const json = JSON.parse(result.out);
    expect(Object.keys(json)).toEqual(['files']);
    expect(json.files).toHaveLength(1);
    expect(json.files[0].file).toBe(bad);
    expect(json.files[0].findings.map((f: { rule: string; cells: string[] }) => [f.rule, f.cells[0]])).toEqual([
      ['row-total', 'tables.requests.carriedForward.total'],
      ['balance', 'tables.requests.received.natural'],
    ]);
    expect(Object.keys(json.files[0].findings[1])).toEqual(['severity', 'rule', 'cells', 'expected', 'actual', 'message', 'suspect']);
    for (const finding of json.files[0].findings) expect(finding.suspect).toEqual({ cell: 'tables.requests.carriedForward.natural', value: 1 });
  });

  it('exits 2 with a one-line reason naming the file when it cannot read one', async () => {
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{"format": ');
    const newer = join(dir, 'newer.json');
    writeFileSync(newer, JSON.stringify({ ...balanced, version: 9 }));
    const noTables = join(dir, 'no-tables.json');
    writeFileSync(noTables, JSON.stringify({ format: 'gov-info-annual-report', version: 1, template: '2021', meta: { agency: 'x', year: 2024 } }));
    const result = await run(['validate', good, notJson, newer, noTables, join(dir, 'missing.json')]);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')).toEqual([
      `${notJson}: 无法读取：不是有效的 JSON 文件，无法读取`,
      `${newer}: 无法读取：文件版本 9 比本程序支持的版本 1 新，请升级本程序后再打开`,
      `${noTables}: 无法读取：文件缺少统计表（tables）`,
      `${join(dir, 'missing.json')}: 无法读取：文件不存在`,
    ]);
  });

  it('answers an unknown command or option without a stack trace', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    const option = await run(['validate', '--bogus', good]);
    expect(option).toMatchObject({ code: 2, err: '不认识的选项：--bogus' });
  });

  it('runs as documented: npm run --silent cli -- validate --json', () => {
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'validate', '--json', bad], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).files[0].findings).toHaveLength(2);
    expect(result.stderr.replace(/npm warn[^\n]*\n/g, '')).toBe('');
  });

  it('finds no outdated generated sentence in an opening in the clerk\'s own words; an inserted, recorded one is named once the table moves', async () => {
    const opening = '本报告电子版可在青石县人民政府门户网站查阅，如对本报告有疑问，请与青石县自然资源局办公室联系（电话：0578-6120000）。';
    const own = { ...balanced, meta: { ...balanced.meta, agency: '青石县自然资源局', website: 'https://www.qingshi.example.gov.cn', phone: '0578-6120001' }, text: { ...balanced.text, preamble: opening } };
    const ownFile = join(dir, 'own-opening.json');
    writeFileSync(ownFile, JSON.stringify(own));
    const rules = async (file: string) => (JSON.parse((await run(['validate', '--json', file])).out).files[0].findings as Finding[]).map((f) => f.rule);
    expect(await rules(ownFile)).not.toContain('narrative-outdated-draft');
    const inserted = '本年度未发生因政府信息公开引起的行政复议、行政诉讼。';
    const moved = setCell(setCell({ ...own, text: { ...own.text, appeals: inserted }, meta: { ...own.meta, insertedSentences: [{ field: 'text.appeals', id: 'appeals-summary', text: inserted, by: 'kept' }] } }, 'tables.appeals.review.upheld', 1), 'tables.appeals.review.total', 1);
    const movedFile = join(dir, 'inserted-moved.json');
    writeFileSync(movedFile, JSON.stringify(moved));
    expect((await rules(movedFile)).filter((r) => r === 'narrative-outdated-draft')).toHaveLength(1);
  });

  it('never prints a stack trace for a broken file through the real entry point', () => {
    const broken = join(dir, 'broken2.json');
    writeFileSync(broken, '\u0000\u0001garbage');
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'validate', broken], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('cli new', () => {
  it('writes an empty report for the year and agency', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-new-'));
    const target = join(dir, 'new.json');
    const result = await run(['new', '--year', '2025', '--agency', '示例县交通运输局', '-o', target]);
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(target, 'utf8'));
    expect(report).toMatchObject({ format: 'gov-info-annual-report', version: 1, template: '2021', meta: { agency: '示例县交通运输局', year: 2025, issuedOn: null } });
    expect(report.tables.requests.received.natural).toBeNull();
    expect(report.text.overview.sections.map((s: { heading: string }) => s.heading)).toEqual(['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障']);
    const validated = await run(['validate', target]);
    expect(validated.code).toBe(0);
  });

  it('refuses a bad year or a missing agency', async () => {
    expect(await run(['new', '--year', '20x5', '--agency', 'x'])).toMatchObject({ code: 2, err: '年度无效：20x5（应为四位年份，如 2025）' });
    expect((await run(['new', '--year', '2025'])).code).toBe(2);
  });
});
