import { ledgerColumns, ledgerFreeColumns, type LedgerRole } from '../../template/ledger/ledgerColumns.ts';
import { outcomeExplanations } from '../../template/ledger/outcomeExplanations.ts';
import { applicantColumns, resultRows } from '../../model/ledger/ledgerRows.ts';
import { knownCell, rowLabelOf } from '../../model/cellCatalog.ts';

/** The ledger template's columns in order: the counted ones of the spec, then free ones. */
export const templateHeaders: readonly string[] = [...ledgerColumns.map((column) => column.header), ...ledgerFreeColumns];

export const templateColumnOf = (role: LedgerRole): number => ledgerColumns.findIndex((column) => column.role === role);

/** What the drop-down lists offer: the six applicant types and the 21 results by label without number. */
export const applicantChoices: readonly string[] = applicantColumns.map((column) => column.label);
export const resultChoices: readonly string[] = resultRows.map((row) => row.name);

/** Rows of the explanation sheet: each outcome, where table 三 counts it, and what it means. */
export function explanationRows(): string[][] {
  return [
    ['办理结果（下拉选项）', '计入表三的行', '什么情况下选它'],
    ...resultRows.map((row) => [row.name, `${row.group ?? ''}${row.label}`, outcomeExplanations[row.key] ?? '']),
    [],
    ['列', '是否必填', '怎么填'],
    ...ledgerColumns.map((column) => [column.header, column.required ? '必填' : '选填', column.hint]),
    ...ledgerFreeColumns.map((header) => [header, '选填', '自由填写，统计时不使用']),
    [],
    ['怎么计数', '', `收到日期在报告年度内的计入“${knownCell('tables.requests.received.total').rowName}”，在之前且未在之前答复的计入“${knownCell('tables.requests.carriedOver.total').rowName}”；已填办理结果且答复日期在报告年度内的计入该结果；办理结果空白或答复日期在下一年的计入“${rowLabelOf('tables.requests.carriedForward.total')}”。`],
  ];
}
