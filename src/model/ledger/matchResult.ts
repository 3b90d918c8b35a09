import type { RequestsColumn, RequestsRow } from '../../template/cellPathType.ts';
import { requestsTable } from '../../template/requestsTable.ts';
import { headerChain } from '../headerTree.ts';
import { applicantColumns, resultRows, withoutNumber } from './ledgerRows.ts';
import { compactText } from './ledgerText.ts';
import { memoText } from './memoText.ts';

// Leading numbering as clerks type it: 1. 1、 (1) （一） 一、 三（三）1
const leadingNumber = /^([（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]?\s*)+/;

function resultKeys(): ReadonlyMap<string, RequestsRow> {
  const keys = new Map<string, RequestsRow>();
  const add = (text: string, key: RequestsRow): void => {
    const compact = compactText(text);
    if (compact !== '' && !keys.has(compact)) keys.set(compact, key);
  };
  for (const row of resultRows) {
    add(row.name, row.key);
    add(row.label, row.key);
    if (row.short) add(withoutNumber(row.short), row.key);
    if (row.group) add(`${withoutNumber(row.group)}${row.name}`, row.key);
  }
  add('逾期未缴费', 'otherHandling.feeUnpaid');
  return keys;
}

const byText = resultKeys();
const groupNames = [...new Set(resultRows.flatMap((row) => (row.group ? [compactText(withoutNumber(row.group))] : [])))];

function readResult(text: string): RequestsRow | undefined {
  const stripped = text.normalize('NFKC').trim().replace(leadingNumber, '');
  const compact = compactText(stripped);
  const direct = byText.get(compact) ?? byText.get(compactText(text));
  if (direct) return direct;
  // （三）不予公开 1.属于国家秘密, 不予公开-属于国家秘密: the group first, then the row.
  const group = groupNames.find((name) => compact.startsWith(name));
  if (!group) return undefined;
  return byText.get(compact.slice(group.length).replace(/^\d+/, ''));
}

/** A 办理结果 cell → the key of its result row; undefined when it names none (never guessed). */
export const matchResult: (text: string) => RequestsRow | undefined = memoText(readResult);

// 其他 under 法人或其他组织, and its short form 其他（法人或其他组织）.
const [, organisations, otherOrg] = headerChain(requestsTable.columns, 'otherOrg');

const applicantByText: ReadonlyMap<string, RequestsColumn> = new Map<string, RequestsColumn>([
  ...applicantColumns.map((column) => [compactText(column.label), column.key] as const),
  ...applicantColumns.map((column) => [compactText(`${organisations?.label}${column.label}`), column.key] as const),
  [compactText(otherOrg?.short ?? ''), 'otherOrg'],
  [compactText('其他组织'), 'otherOrg'],
]);

/** A 申请人类型 cell → the applicant column key; undefined when it is none of the six. */
export const matchApplicant: (text: string) => RequestsColumn | undefined = memoText((text: string) => applicantByText.get(compactText(text)));
