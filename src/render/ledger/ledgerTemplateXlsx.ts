import type { SheetData } from 'write-excel-file/universal';
import { columnLetter } from '../../model/ledger/columnUsage.ts';
import { spreadsheetText } from '../spreadsheetText.ts';
import { dataValidationFeature } from './dataValidationFeature.ts';
import { applicantChoices, explanationRows, resultChoices, templateColumnOf, templateHeaders } from './ledgerTemplateLayout.ts';

// Rows offered with drop-down lists and date checks; an agency with more lines extends them by copying a row.
const validatedRows = 5000;
const listSheet = '选项';

const columnRange = (index: number) => `${columnLetter(index)}2:${columnLetter(index)}${validatedRows + 1}`;
const bold = (value: string) => ({ value: spreadsheetText(value), fontWeight: 'bold' as const });
// Every text cell through spreadsheetText: none of the template's own texts is a formula, and none may become one.
const text = (value: string | null) => (value === null ? null : spreadsheetText(value));

/** The ledger template as .xlsx bytes: 台账 (frozen header, lists, dates), 填写说明, 选项. Loads the writer lazily. */
export async function ledgerTemplateXlsx(): Promise<Uint8Array> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  const ledger: SheetData = [templateHeaders.map(bold)];
  const explanation = explanationRows();
  const choices: SheetData = [
    [bold('申请人类型'), bold('办理结果')],
    ...resultChoices.map((result, index) => [text(applicantChoices[index] ?? null), text(result)]),
  ];
  const feature = dataValidationFeature([
    { kind: 'list', range: columnRange(templateColumnOf('applicant')), source: `'${listSheet}'!$A$2:$A$${applicantChoices.length + 1}`, title: '申请人类型', message: '请从下拉列表中选择表三的六类申请人之一。' },
    { kind: 'list', range: columnRange(templateColumnOf('result')), source: `'${listSheet}'!$B$2:$B$${resultChoices.length + 1}`, title: '办理结果', message: '请从下拉列表中选择表三的一种办理结果；仍在办理的留空。' },
    { kind: 'date', range: `${columnRange(templateColumnOf('received'))} ${columnRange(templateColumnOf('answered'))}`, title: '日期', message: '请输入日期，如 2024-03-05 或 2024/3/5。' },
  ]);
  const blob = await writeExcelFile([
    { data: ledger, sheet: '台账', stickyRowsCount: 1, columns: templateHeaders.map((header) => ({ width: header === '申请内容' ? 40 : header === '办理结果' ? 36 : 14 })) },
    { data: explanation.map((row, index) => row.map((cell) => (index === 0 || row[0] === '列' ? bold(cell) : text(cell)))), sheet: '填写说明', stickyRowsCount: 1, columns: [{ width: 36 }, { width: 50 }, { width: 70 }] },
    { data: choices, sheet: listSheet, columns: [{ width: 16 }, { width: 60 }] },
  ], { features: [feature] }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
