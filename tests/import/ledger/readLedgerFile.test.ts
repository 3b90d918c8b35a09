import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLedgerFile } from '../../../src/import/ledger/readLedgerFile.ts';
import { readLedgerText } from '../../../src/import/ledger/readLedgerText.ts';
import { countLedger } from '../../../src/model/ledger/countLedger.ts';
import type { LedgerSheet } from '../../../src/model/ledger/ledgerSheet.ts';
import { getCell } from '../../../src/model/cellAccess.ts';
import { cellCatalog } from '../../../src/model/cellCatalog.ts';
import { fullReport } from '../../fixtures/fullReport.ts';
import { ledgerFromTable } from '../../fixtures/ledgerFromTable.ts';
import { ledgerCsv, ledgerXlsx, ledgerXlsxAfterCover } from '../../fixtures/ledgerFiles.ts';

const table = Object.fromEntries(cellCatalog.filter((c) => c.table === 'requests').map((c) => [c.path, getCell(fullReport, c.path) as number]));
const ledger = ledgerFromTable(table, { year: 2025, seed: 3 });
const utf8 = (text: string) => new TextEncoder().encode(text);

async function countedFrom(name: string, bytes: Uint8Array) {
  const read = await readLedgerFile(name, bytes);
  if (!read.ok) throw new Error(read.error);
  const result = countLedger(read.sheet, { year: 2025 });
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('readLedgerFile', () => {
  it('reads an .xlsx with date cells, text dates and serial numbers back, and counts table 三 exactly', async () => {
    const bytes = await ledgerXlsx(ledger);
    expect(bytes[0]).toBe(0x50);
    const result = await countedFrom('台账.xlsx', bytes);
    expect(result.problems).toEqual([]);
    expect(result.cells).toEqual(table);
  });

  it('finds the ledger on a later sheet when the workbook opens on a cover sheet', async () => {
    const read = await readLedgerFile('a.xlsx', await ledgerXlsxAfterCover([['收到日期', '申请人类型'], ['2025-03-05', '自然人']]));
    expect(read.ok && read.sheet).toEqual([['收到日期', '申请人类型'], ['2025-03-05', '自然人']]);
  });

  it('turns an .xlsx date cell into its ISO day', async () => {
    const read = await readLedgerFile('a.xlsx', await ledgerXlsx([['收到日期'], [45356]]));
    expect(read.ok && read.sheet[1]).toEqual(['2024-03-05']);
  });

  it('reads UTF-8 CSV with and without BOM', async () => {
    for (const bom of [true, false]) {
      const result = await countedFrom('台账.csv', utf8(ledgerCsv(ledger, bom)));
      expect(result.cells).toEqual(table);
      expect(result.mapping.received).toBe(1);
    }
  });

  it('reads a GB18030 CSV as Excel saves it on Chinese Windows', async () => {
    // Made once from this fixture ledger (seed 11) with `iconv -f utf-8 -t gb18030`.
    const bytes = readFileSync(join(import.meta.dirname, '../../fixtures/ledger/fullReportLedger.gb18030.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = await countedFrom('台账.csv', new Uint8Array(bytes));
    expect(result.problems).toEqual([]);
    expect(result.cells).toEqual(table);
  });

  it('reads quoted CSV cells with commas, quotes and line breaks', () => {
    const sheet: LedgerSheet = readLedgerText('序号,申请内容\r\n1,"关于""某项""信息,第二段\n续"\r\n');
    expect(sheet).toEqual([['序号', '申请内容'], ['1', '关于"某项"信息,第二段\n续']]);
  });

  it('reads rows pasted from Excel (tab-separated)', () => {
    const sheet = readLedgerText('收到日期\t申请人类型\t办理结果\n2025/3/5\t自然人\t予以公开\n');
    expect(sheet[1]).toEqual(['2025/3/5', '自然人', '予以公开']);
  });

  it('refuses an old .xls, a broken .xlsx and an empty file with what to do', async () => {
    const xls = await readLedgerFile('a.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(!xls.ok && xls.error).toContain('另存为');
    const broken = await readLedgerFile('a.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]));
    expect(!broken.ok && broken.error).toContain('无法读取');
    const empty = await readLedgerFile('a.csv', new Uint8Array());
    expect(!empty.ok && empty.error).toContain('空的');
  });
});
