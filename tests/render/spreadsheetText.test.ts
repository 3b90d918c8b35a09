import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerTemplateCsv } from '../../src/render/ledger/ledgerTemplateCsv.ts';
import { spreadsheetText } from '../../src/render/spreadsheetText.ts';
import { emptyReport } from '../../src/model/emptyReport.ts';
import { runCliCaptured as run } from '../cli/runCliCaptured.ts';

// Issue 23 (MED 7): formula injection per OWASP — a cell is left as it is only when it is wholly a number.
describe('spreadsheetText', () => {
  it('defuses every cell starting with = + - @, tab or CR that is not wholly a number', () => {
    for (const live of ["-1+1+cmd|' /C calc'!A0", '+1+HYPERLINK("http://x","x")', '=1+1', '@SUM(A1)', '\t=1', '\r=1', '-', '+', '-1a', '+86 10 1234', '-2024-01-01']) {
      expect(spreadsheetText(live), live).toBe(`'${live}`);
    }
  });

  it('leaves numbers and ordinary text as they are', () => {
    for (const kept of ['-1', '+2.5', '-0.25', '3e5', '-.5', '42', '某某县某某局', '2024-01-01', '', '1+1']) expect(spreadsheetText(kept), kept).toBe(kept);
  });

  it('is used by the ledger template', () => {
    expect(ledgerTemplateCsv().startsWith('\uFEFF序号,')).toBe(true);
  });
});

describe('review --csv with formulas in every text field', () => {
  it('writes no cell a spreadsheet would run (agency `-1+1+cmd…`, `+1+HYPERLINK(…)`, file names too)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-formulas-'));
    const agencies = ["-1+1+cmd|' /C calc'!A0", '+1+HYPERLINK("http://example.invalid","x")', '=2+5', '@SUM(1)'];
    for (const [i, agency] of agencies.entries()) writeFileSync(join(dir, `-${i}+1.json`), JSON.stringify(emptyReport({ year: 2024, agency })));
    const csv = join(dir, 'out.csv');
    const result = await run(['review', dir, '--csv', csv]);
    expect(result.err).toContain('审查表格已写入');
    const cells = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '').slice(1)
      .flatMap((line) => line.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g) ?? []).map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    const live = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cell));
    expect(live).toEqual([]);
    for (const agency of agencies) expect(cells).toContain(`'${agency}`);
  });
});
