import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setCell } from '../../src/model/cellAccess.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { renderPlainText } from '../../src/render/text/renderPlainText.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { runCliCaptured as run } from './runCliCaptured.ts';

const named = (agency: string, year: number): Report => ({ ...fullReport, meta: { ...fullReport.meta, agency, year, issuedOn: `${year + 1}-01-15`, agencyKind: 'department' } });

describe('cli review', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-review-'));
  const reports = join(dir, 'reports');
  mkdirSync(join(reports, '2023', 'county'), { recursive: true });
  mkdirSync(join(reports, '2024'), { recursive: true });
  writeFileSync(join(reports, '2023', 'county', 'forest.json'), JSON.stringify(named('青禾县林业局', 2023)));
  writeFileSync(join(reports, '2024', 'forest.json'), JSON.stringify(named('青禾县林业局', 2024)));
  writeFileSync(join(reports, '2024', 'water.txt'), renderPlainText(setCell(named('青禾县水利局', 2024), 'tables.requests.disclosed.natural', 99)));
  writeFileSync(join(reports, '2024', 'notes.md'), 'not a report');

  it('reads folders recursively and prints one JSON row per report with validate\'s counts', async () => {
    const result = await run(['review', reports, '--json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out) as { reports: Record<string, unknown>[]; summary: Record<string, number> };
    expect(json.reports).toHaveLength(3);
    for (const row of json.reports) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['file', 'agency', 'year', 'agencyKind', 'issuedOn', 'late', 'errors', 'warnings', 'rules', 'lastYear', 'repeatRate']));
    }
    const [worst] = json.reports;
    expect(worst?.agency).toBe('青禾县水利局');
    const validated = await run(['validate', String(worst?.file), '--json']);
    const findings = (JSON.parse(validated.out) as { files: { findings: { severity: string }[] }[] }).files[0]?.findings ?? [];
    expect(worst?.errors).toBe(findings.filter((f) => f.severity === 'error').length);
    const forest2024 = json.reports.find((r) => r.agency === '青禾县林业局' && r.year === 2024);
    expect(forest2024?.lastYear).toBe(join(reports, '2023', 'county', 'forest.json'));
    expect(forest2024?.repeatRate).toBe(1);
    expect(json.summary).toMatchObject({ reports: 3, unreadable: 0, withErrors: 1, withLastYear: 1 });
  });

  it('writes the page and the CSV and exits 2 when a file cannot be read', async () => {
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    const html = join(dir, 'review.html');
    const csv = join(dir, 'review.csv');
    const result = await run(['review', reports, join(dir, 'broken.json'), '--html', html, '--csv', csv]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${join(dir, 'broken.json')}: 无法读取：`);
    expect(result.out).toContain('共读取 3 份报告，1 个文件无法读取');
    expect(readFileSync(html, 'utf8')).toContain('<h1>政府信息公开工作年度报告审查结果</h1>');
    const table = readFileSync(csv, 'utf8');
    expect(table.startsWith('\uFEFF机关,')).toBe(true);
    expect(table.split('\r\n').filter((line) => line !== '')).toHaveLength(4);
  });

  it('refuses to write its page over one of the reports it reads', async () => {
    const target = join(reports, '2024', 'forest.json');
    const before = readFileSync(target, 'utf8');
    const result = await run(['review', reports, '--html', target]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('不能覆盖');
    expect(readFileSync(target, 'utf8')).toBe(before);
  });

  it('says what is missing when nothing can be found', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'cli-review-empty-'));
    const result = await run(['review', empty]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('没有找到报告文件');
    const missing = await run(['review', join(empty, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('文件或文件夹不存在');
  });
});
