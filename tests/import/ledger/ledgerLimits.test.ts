import { describe, expect, it } from 'vitest';
import { readLedgerFile } from '../../../src/import/ledger/readLedgerFile.ts';
import { readLedgerText } from '../../../src/import/ledger/readLedgerText.ts';
import { maxLedgerCellCharacters, maxLedgerColumns, maxLedgerLines } from '../../../src/import/ledger/ledgerLimits.ts';
import { countLedger } from '../../../src/model/ledger/countLedger.ts';
import { ledgerBomb, ledgerWithFarColumn, ledgerWithLongCell, ledgerWorkbook } from '../../fixtures/hostileLedgers.ts';

// Issue 23 (HIGH 2): hostile ledgers are refused with the Chinese reason naming the limit, in bounded memory.
const refusal = async (name: string, bytes: Uint8Array) => {
  const read = await readLedgerFile(name, bytes);
  expect(read.ok).toBe(false);
  return read.ok ? '' : read.error;
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('ledger limits (.xlsx)', () => {
  it('refuses a small file holding one 10 MB cell by its packing ratio, before inflating it', async () => {
    const bytes = ledgerWithLongCell(10 * 1024 * 1024 / 3);
    expect(bytes.byteLength).toBeLessThan(64 * 1024);
    expect(await refusal('a.xlsx', bytes)).toMatch(/压缩比异常（\d+ 倍，上限 250 倍）.*压缩炸弹/);
  });

  it('refuses the same cell behind a directory that under-declares its size, while inflating', async () => {
    const bytes = ledgerWithLongCell(10 * 1024 * 1024 / 3, { declaredSize: 900_000 });
    expect(await refusal('a.xlsx', bytes)).toMatch(/解压后的大小与文件目录中记录的不符/);
  });

  it(`refuses a cell over ${maxLedgerCellCharacters} characters of varied text (no bomb), naming row, column and limit`, async () => {
    expect(await refusal('a.xlsx', ledgerWithLongCell(maxLedgerCellCharacters + 1, { varied: true }))).toBe(
      `台账第 2 行第 2 列的内容超过 ${maxLedgerCellCharacters} 字，超出一个单元格能读取的上限（${maxLedgerCellCharacters} 字），已停止读取；请删去或缩短这一格后再导入`,
    );
    const atLimit = await readLedgerFile('a.xlsx', ledgerWithLongCell(maxLedgerCellCharacters, { varied: true }));
    expect(atLimit.ok && String(atLimit.sheet[1]?.[1]).length).toBe(maxLedgerCellCharacters);
  });

  it('refuses a decompression bomb (tens of MB of sheet XML in a small file) from its directory', async () => {
    const bytes = ledgerBomb(30 * 1024 * 1024);
    expect(bytes.byteLength).toBeLessThan(256 * 1024);
    expect(await refusal('a.xlsx', bytes)).toMatch(/sheet1\.xml 压缩比异常/);
  });

  it('stops a lying bomb as soon as it inflates past what its directory declared', async () => {
    expect(await refusal('a.xlsx', ledgerBomb(20 * 1024 * 1024, { declaredSize: 1_000_000 }))).toMatch(/解压后的大小与文件目录中记录的不符/);
  });

  it(`refuses a ledger of more than ${maxLedgerLines} lines, saying the limit`, async () => {
    const error = await refusal('a.xlsx', ledgerWorkbook(maxLedgerLines + 1_000));
    expect(error).toContain(`台账超过 ${maxLedgerLines} 行，超出本工具能读取的上限（${maxLedgerLines} 行），已停止读取`);
  });

  it('reads and counts a ledger of tens of thousands of lines', async () => {
    const read = await readLedgerFile('a.xlsx', ledgerWorkbook(30_000));
    expect(read.ok && read.sheet.length).toBe(30_001);
    const count = read.ok ? countLedger(read.sheet, { year: 2024 }) : undefined;
    expect(count?.ok && count.counted.length).toBe(30_000);
  });

  it(`refuses a value beyond column ${maxLedgerColumns}`, async () => {
    expect(await refusal('a.xlsx', ledgerWithFarColumn(maxLedgerColumns + 100))).toContain(`台账第 2 行有内容写在第 ${maxLedgerColumns} 列以后`);
  });
});

describe('ledger limits (.csv and pasted rows)', () => {
  it('refuses a 10 MB cell in a CSV without reading on', async () => {
    const csv = `序号,收到日期,申请人类型\r\n1,"${'x'.repeat(10 * 1024 * 1024)}",自然人\r\n`;
    expect(await refusal('a.csv', utf8(csv))).toContain(`台账第 2 行第 2 列的内容超过 ${maxLedgerCellCharacters} 字`);
  });

  it(`refuses a CSV of more than ${maxLedgerLines} lines`, async () => {
    const csv = `收到日期,申请人类型\r\n${'2024-03-05,自然人\r\n'.repeat(maxLedgerLines + 1)}`;
    expect(await refusal('a.csv', utf8(csv))).toContain(`台账超过 ${maxLedgerLines} 行`);
  });

  it('holds pasted rows to the same limits (one place for the limits)', () => {
    expect(() => readLedgerText(`收到日期\t申请人类型\n2024-03-05\t${'x'.repeat(maxLedgerCellCharacters + 1)}\n`)).toThrow(`第 2 行第 2 列的内容超过 ${maxLedgerCellCharacters} 字`);
  });
});
