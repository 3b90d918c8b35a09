import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCell } from '../../src/model/cellAccess.ts';
import { cellCatalog } from '../../src/model/cellCatalog.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { ledgerFromTable } from '../fixtures/ledgerFromTable.ts';
import { ledgerXlsx } from '../fixtures/ledgerFiles.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { field, openStep } from './wizardActions.ts';

// Issue 23 (HIGH 1): a ledger .xlsx of a busy year (sheet XML well over 320 kB) never loaded in the built app — the
// spreadsheet library started a worker from a blob: URL, which the page's CSP blocks. Read here in the built app.
const dir = mkdtempSync(join(tmpdir(), 'gov-info-report-large-ledger-'));
const requestPaths = cellCatalog.filter((c) => c.table === 'requests').map((c) => c.path);
const table = Object.fromEntries(requestPaths.map((path) => [path, getCell(fullReport, path) as number]));
// Every cell times k is still a balanced table 三 (the rules are sums); fullReport's ledger has 71 lines.
const scaled = (k: number) => Object.fromEntries(Object.entries(table).map(([path, value]) => [path, value * k]));

describe('a ledger .xlsx of 3,000 and 20,000 lines in the built app (Chromium)', () => {
  let session: AppSession;
  const cspViolations: string[] = [];
  const workers: string[] = [];
  beforeAll(async () => {
    session = await openApp();
    session.page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    session.page.on('worker', (worker) => workers.push(worker.url()));
  });
  afterAll(close);

  for (const [k, label] of [[42, '3,000'], [282, '20,000']] as const) {
    it(`counts a ${label}-line ledger into table 三, read in the app's own worker under its CSP`, async () => {
      const { page } = session;
      await openStep(page, '基本信息');
      const year = Number(await field(page, 'meta.year').inputValue());
      const expected = scaled(k);
      const rows = ledgerFromTable(expected, { year, seed: k });
      const lines = rows.length - 1;
      expect(lines).toBe(71 * k);
      const file = join(dir, `台账${k}.xlsx`);
      writeFileSync(file, await ledgerXlsx(rows));
      await openStep(page, '三、收到和处理政府信息公开申请情况');
      const panelOpen = await page.locator('[data-action="ledger-file"]').count();
      if (panelOpen === 0) await page.getByRole('button', { name: '从台账计数表三…' }).click();
      await page.locator('[data-action="ledger-file"]').setInputFiles(file);
      const summary = page.locator('[data-ledger-summary]');
      await expect.poll(async () => (await summary.count()) > 0 && (await summary.textContent()), { timeout: 180_000, interval: 500 })
        .toMatch(new RegExp(`共 ${lines} 行：计入 ${lines} 行，全部计入`));
      await page.locator('[data-action="ledger-apply"]').click();
      await page.getByText(new RegExp(`已按台账“台账${k}.xlsx”填入表三`)).waitFor();
      const values = await page.locator('[data-cell^="tables.requests."]').evaluateAll((inputs) =>
        Object.fromEntries(inputs.map((input) => [input.getAttribute('data-cell') ?? '', Number((input as HTMLInputElement).value)])));
      expect(values).toEqual(expected);
      expect(workers.some((url) => /ledgerWorker/.test(url) && !url.startsWith('blob:'))).toBe(true);
      expect(cspViolations).toEqual([]);
      expect(session.externalRequests).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    }, 300_000);
  }
});
