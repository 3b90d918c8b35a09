import { describe, expect, it, beforeAll } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliCaptured as run } from './runCliCaptured.ts';
import { readReportText } from '../../src/model/readReport.ts';
import { getCell } from '../../src/model/cellAccess.ts';
import { cellCatalog } from '../../src/model/cellCatalog.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { ledgerFromTable } from '../fixtures/ledgerFromTable.ts';
import { ledgerCsv, ledgerXlsx } from '../fixtures/ledgerFiles.ts';

const requestPaths = cellCatalog.filter((c) => c.table === 'requests').map((c) => c.path);
const table = Object.fromEntries(requestPaths.map((path) => [path, getCell(fullReport, path) as number]));
const root = join(import.meta.dirname, '..', '..');

function reportOf(json: string) {
  const read = readReportText(json);
  if (!read.ok) throw new Error(read.error);
  return read.report;
}

describe('cli ledger', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cli-ledger-'));
    const ledger = ledgerFromTable(table, { year: 2025, seed: 5 });
    writeFileSync(join(dir, 'ledger.xlsx'), await ledgerXlsx(ledger));
    writeFileSync(join(dir, 'ledger.csv'), ledgerCsv(ledgerFromTable(table, { year: 2025, seed: 6, dateForms: ['iso', 'slash', 'chinese', 'dot'] }), true));
    copyFileSync(join(root, 'tests/fixtures/ledger/fullReportLedger.gb18030.csv'), join(dir, 'gb.csv'));
    writeFileSync(join(dir, 'report.json'), JSON.stringify({ ...fullReport, tables: { ...fullReport.tables, requests: {} } }));
    writeFileSync(join(dir, 'bad-lines.csv'), '序号,收到日期,申请人类型,办理结果,答复日期\n1,2025-03-05,个人,予以公开,2025-03-06\n2,2025-03-05,自然人,予以公开,\n3,2025-03-05,自然人,重复申请,2025-03-07\n');
    writeFileSync(join(dir, 'no-headers.csv'), '甲,乙\n1,2\n');
  });

  it('counts table 三, all 175 cells, exactly from .xlsx, UTF-8 CSV and GB18030 CSV', async () => {
    for (const file of ['ledger.xlsx', 'ledger.csv', 'gb.csv']) {
      const result = await run(['ledger', join(dir, file), '--year', '2025']);
      expect(result.code, `${file}: ${result.err}`).toBe(0);
      const report = reportOf(result.out);
      expect(Object.fromEntries(requestPaths.map((path) => [path, getCell(report, path)])), file).toEqual(table);
      expect(result.err).toContain('收到日期：B 列“收到日期”');
    }
  });

  it('fills table 三 into the report given with --into and writes -o', async () => {
    const target = join(dir, 'out.json');
    const result = await run(['ledger', join(dir, 'ledger.xlsx'), '--year', '2025', '--into', join(dir, 'report.json'), '-o', target]);
    expect(result).toMatchObject({ code: 0, out: '' });
    const report = reportOf(readFileSync(target, 'utf8'));
    expect(report.tables).toEqual(fullReport.tables);
    expect(report.text).toEqual(fullReport.text);
  });

  it('lists the lines it could not count, one line each, and exits 1', async () => {
    const result = await run(['ledger', join(dir, 'bad-lines.csv'), '--year', '2025']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('第 2 行（序号 1）：申请人类型“个人”不是表三的六类之一');
    expect(result.err).toContain('第 3 行（序号 2）：有办理结果但没有填答复日期');
    expect(getCell(reportOf(result.out), 'tables.requests.notProcessed.repeated.natural')).toBe(1);
  });

  it('warns, without changing the exit status, of late answers by the official calendar and of 二 against last year', async () => {
    writeFileSync(join(dir, 'late.csv'), '序号,收到日期,申请人类型,办理结果,答复日期\n1,2024-12-30,自然人,予以公开,2025-01-06\n2,2025-09-20,商业企业,予以公开,2025-11-20\n');
    const lastYear = { year: 2024, carriedForward: { natural: 2, commercial: 0, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0 } };
    writeFileSync(join(dir, 'with-last-year.json'), JSON.stringify({ ...fullReport, meta: { ...fullReport.meta, lastYear } }));
    const result = await run(['ledger', join(dir, 'late.csv'), '--year', '2025', '--into', join(dir, 'with-last-year.json'), '-o', join(dir, 'late.json')]);
    expect(result.code).toBe(0);
    expect(result.err).toContain('提醒 第 3 行（序号 2）：2025年11月20日答复，超过 20 个工作日');
    expect(result.err).toContain('提醒：二、上年结转 自然人：台账中 2024 年及以前收到、计入本年的有 1 件，2024 年度报告的“四、结转下年度继续办理”为 2 件');
  });

  it('prints {"counted", "lines"} with --json', async () => {
    const result = await run(['ledger', join(dir, 'bad-lines.csv'), '--year', '2025', '--json']);
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.out) as { counted: number; lines: { row: number; problem: string }[] };
    expect(summary.counted).toBe(2);
    expect(summary.lines.map((line) => line.row)).toEqual([2, 3]);
    expect(Object.keys(summary.lines[0] ?? {})).toEqual(['row', 'problem']);
  });

  it('exits 2 with one line on a file it cannot read, a ledger without its columns, or no year', async () => {
    for (const [args, reason] of [
      [[join(dir, 'missing.xlsx'), '--year', '2025'], /文件不存在/],
      [[join(dir, 'no-headers.csv'), '--year', '2025'], /找不到“收到日期”、“申请人类型”列/],
      [[join(dir, 'ledger.csv')], /--year/],
      [[join(dir, 'ledger.csv'), '--year', '24'], /四位数/],
    ] as const) {
      const result = await run(['ledger', ...args]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(reason);
      expect(result.out).toBe('');
    }
  });

  it('runs as `npm run cli -- ledger` with the exit status of the count', () => {
    const child = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'ledger', join(dir, 'bad-lines.csv'), '--year', '2025', '--json'], { cwd: root, encoding: 'utf8' });
    expect(child.status).toBe(1);
    expect(JSON.parse(child.stdout)).toMatchObject({ counted: 2 });
  }, 60_000);
});
