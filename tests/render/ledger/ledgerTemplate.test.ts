import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { ledgerTemplateXlsx } from '../../../src/render/ledger/ledgerTemplateXlsx.ts';
import { ledgerTemplateCsv } from '../../../src/render/ledger/ledgerTemplateCsv.ts';
import { readLedgerFile } from '../../../src/import/ledger/readLedgerFile.ts';
import { countLedger } from '../../../src/model/ledger/countLedger.ts';
import { resultRows } from '../../../src/model/ledger/ledgerRows.ts';

describe('ledger template', () => {
  it('is an .xlsx with the ledger sheet first, a frozen header row, drop-down lists and date checks', async () => {
    const zip = await JSZip.loadAsync(await ledgerTemplateXlsx());
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['台账', '填写说明', '选项']);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toContain(`<formula1>'选项'!$A$2:$A$7</formula1>`);
    expect(sheet).toContain(`<formula1>'选项'!$B$2:$B$22</formula1>`);
    expect(sheet).toMatch(/type="date"[^>]*sqref="B2:B5001 E2:E5001"/);
    // CT_Worksheet order: dataValidations after sheetData, before pageMargins.
    expect(sheet.indexOf('</sheetData>')).toBeLessThan(sheet.indexOf('<dataValidations'));
    const margins = sheet.indexOf('<pageMargins');
    if (margins >= 0) expect(sheet.indexOf('<dataValidations')).toBeLessThan(margins);
  });

  it('reads back as an empty ledger whose columns are all recognised, with every result explained', async () => {
    const bytes = await ledgerTemplateXlsx();
    const read = await readLedgerFile('台账模板.xlsx', bytes);
    const result = read.ok ? countLedger(read.sheet, { year: 2025 }) : undefined;
    expect(result?.ok && result.mapping).toEqual({ number: 0, received: 1, applicant: 2, result: 3, answered: 4 });
    expect(result?.ok && result.lines).toBe(0);
    const zip = await JSZip.loadAsync(bytes);
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    for (const row of resultRows) expect(strings).toContain(row.name);
    expect(strings).toContain('保护第三方合法权益');
  });

  it('has a CSV form with the same headers and a BOM', async () => {
    const csv = ledgerTemplateCsv();
    expect(csv.startsWith('\uFEFF序号,收到日期,申请人类型,办理结果,答复日期')).toBe(true);
    const read = await readLedgerFile('台账模板.csv', new TextEncoder().encode(csv));
    expect(read.ok && countLedger(read.sheet, { year: 2025 }).ok).toBe(true);
  });
});
