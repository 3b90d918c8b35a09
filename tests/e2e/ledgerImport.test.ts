import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCell } from '../../src/model/cellAccess.ts';
import { cellCatalog } from '../../src/model/cellCatalog.ts';
import { countLedger } from '../../src/model/ledger/countLedger.ts';
import { readLedgerFile } from '../../src/import/ledger/readLedgerFile.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { ledgerFromTable } from '../fixtures/ledgerFromTable.ts';
import { ledgerXlsx } from '../fixtures/ledgerFiles.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { cell, field, openStep } from './wizardActions.ts';

const dir = mkdtempSync(join(tmpdir(), 'gov-info-report-ledger-'));
const requestPaths = cellCatalog.filter((c) => c.table === 'requests').map((c) => c.path);
const table = Object.fromEntries(requestPaths.map((path) => [path, getCell(fullReport, path) as number]));

describe('count table 三 from a ledger in the app (Chromium)', () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(close);

  it('downloads the .xlsx template, built in the browser, that reads back with every column recognised', async () => {
    const { page } = session;
    await openStep(page, '三、收到和处理政府信息公开申请情况');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载台账模板（.xlsx）' }).click()]);
    expect(download.suggestedFilename()).toBe('依申请公开台账模板.xlsx');
    const saved = join(dir, 'template.xlsx');
    await download.saveAs(saved);
    const read = await readLedgerFile('template.xlsx', new Uint8Array(readFileSync(saved)));
    const result = read.ok ? countLedger(read.sheet, { year: 2025 }) : undefined;
    expect(result?.ok && result.mapping).toEqual({ number: 0, received: 1, applicant: 2, result: 3, answered: 4 });
  });

  it('reads a filled .xlsx ledger with the browser build of the reader and fills all 175 cells exactly', async () => {
    const { page } = session;
    await openStep(page, '基本信息');
    const year = Number(await field(page, 'meta.year').inputValue());
    const ledgerFile = join(dir, '台账.xlsx');
    writeFileSync(ledgerFile, await ledgerXlsx(ledgerFromTable(table, { year, seed: 9 })));
    await openStep(page, '三、收到和处理政府信息公开申请情况');
    await page.getByRole('button', { name: '从台账计数表三…' }).click();
    await page.locator('[data-action="ledger-file"]').setInputFiles(ledgerFile);
    await page.locator('[data-ledger-summary]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-ledger-summary]').textContent()).toMatch(/共 71 行：计入 71 行，全部计入/);
    await page.locator('[data-action="ledger-apply"]').click();
    await page.getByText(/已按台账“台账.xlsx”填入表三/).waitFor();
    const values = await page.locator('[data-cell^="tables.requests."]').evaluateAll((inputs) =>
      Object.fromEntries(inputs.map((input) => [input.getAttribute('data-cell') ?? '', Number((input as HTMLInputElement).value)])));
    expect(values).toEqual(table);
    await cell(page, 'tables.requests.disclosed.natural').focus();
    expect(await page.getByRole('tooltip').textContent()).toContain(`台账中 ${table['tables.requests.disclosed.natural']} 行计入此格`);
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
