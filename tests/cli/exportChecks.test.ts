import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './runCliCaptured.ts';
import { zeroReport } from '../fixtures/buildReport.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { readFixture } from '../import/readFixture.ts';

type JsonFinding = { severity: string; rule: string; cells: string[] };

describe('cli: what stands between a report and publishing', () => {
  let dir = '';
  let tablesOnly = '';
  let noAgency = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cli-export-checks-'));
    tablesOnly = join(dir, 'tables-only.json');
    noAgency = join(dir, 'no-agency.json');
    writeFileSync(tablesOnly, JSON.stringify(zeroReport()));
    writeFileSync(noAgency, JSON.stringify({ ...fullReport, meta: { ...fullReport.meta, agency: '' } }));
  });

  const findings = async (args: string[]): Promise<{ code: number; findings: JsonFinding[] }> => {
    const result = await runCliCaptured(['validate', '--json', ...args]);
    return { code: result.code, findings: JSON.parse(result.out).files[0].findings };
  };

  it('validate tolerates a tables-only JSON, validate --final reports 一, 五 and 六 empty', async () => {
    const draft = await findings([tablesOnly]);
    expect(draft.code).toBe(0);
    expect(draft.findings.filter((f) => f.rule === 'narrative-empty-part')).toEqual([]);
    const final = await findings(['--final', tablesOnly]);
    expect(final.code).toBe(1);
    expect(final.findings.filter((f) => f.rule === 'narrative-empty-part').map((f) => [f.severity, f.cells[0]])).toEqual([
      ['error', 'text.overview.sections.0.body'], ['error', 'text.problems'], ['error', 'text.other'],
    ]);
  });

  it('required-field: a warning in validate, an error with --final', async () => {
    const draft = await findings([noAgency]);
    expect(draft.code).toBe(0);
    expect(draft.findings.filter((f) => f.rule === 'required-field')).toMatchObject([{ severity: 'warning', cells: ['meta.agency'] }]);
    const final = await findings(['--final', noAgency]);
    expect(final.code).toBe(1);
    expect(final.findings.filter((f) => f.rule === 'required-field')).toMatchObject([{ severity: 'error', cells: ['meta.agency'] }]);
  });

  it('export refuses to print a title without an agency, and writes nothing', async () => {
    const html = join(dir, 'no-agency.html');
    const result = await runCliCaptured(['export', noAgency, '--html', html]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('没有机关全称');
    expect(existsSync(html)).toBe(false);
  });

  it('validate on a published text warns on a 成文日期 written 元月', async () => {
    const published = join(dir, 'published.txt');
    writeFileSync(published, readFixture('pipe-rows.txt').replace('2025年1月18日', '2025年元月18日'));
    const result = await findings([published]);
    expect(result.findings.filter((f) => f.rule === 'date-format')).toMatchObject([{ severity: 'warning', cells: ['meta.issuedOn'] }]);
    const imported = await runCliCaptured(['import', published]);
    expect(JSON.parse(imported.out).meta).toMatchObject({ issuedOn: '2025-01-18', issuedOnText: '2025年元月18日' });
  });
});
