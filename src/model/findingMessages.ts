import type { RuleId } from '../template/reportRules.ts';
import { tableNumeral } from '../template/sections.ts';
import { cellByPath } from './cellCatalog.ts';
import type { InvalidReason } from './cellValue.ts';
import type { SumRule } from './sumRules.ts';


/** Where a cell is, in words a clerk finds on the page: 表三「一、本年新收 / 自然人」. */
export function cellPlace(path: string): string {
  const cell = cellByPath.get(path);
  if (!cell) return path;
  const parts = cell.table === 'appeals' ? [cell.columnName] : [cell.rowName, cell.columnName];
  return `表${tableNumeral(cell.table)}「${parts.join(' / ')}」`;
}

const rowNameOf = (path: string): string => cellByPath.get(path)?.rowName ?? path;
const formatSum = (values: readonly number[]): string => values.join('+');

type SumMessage = (rule: SumRule, expected: number, actual: number, values: ReadonlyMap<string, number>) => string;

const partsName: Readonly<Record<'row-total' | 'results-total' | 'appeal-total', string>> = {
  'row-total': '各类申请人之和',
  'results-total': '各办理结果之和',
  'appeal-total': '结果维持、结果纠正、其他结果、尚未审结之和',
};

/**
 * One message per arithmetic rule; each names its table, the row or column, shows the arithmetic and
 * says what to check. The balance message keeps the format of report-format.md §2's example.
 */
export const sumMessages: Readonly<Record<'row-total' | 'results-total' | 'appeal-total' | 'balance', SumMessage>> = {
  'row-total': (rule, expected, actual, values) =>
    `表三「${rule.along}」一行：总计应为 ${expected}（${partsName['row-total']}：${formatSum(rule.left.map((c) => values.get(c) ?? 0))}），实为 ${actual}；请核对这一行的各格和总计。`,
  'results-total': (rule, expected, actual) =>
    `表三「${rule.along}」一列：（七）总计应为 ${expected}（${partsName['results-total']}），实为 ${actual}；请核对这一列的各办理结果和（七）总计。`,
  'appeal-total': (rule, expected, actual, values) =>
    `表四「${rule.along}」：总计应为 ${expected}（${partsName['appeal-total']}：${formatSum(rule.left.map((c) => values.get(c) ?? 0))}），实为 ${actual}；请核对这一组的各格和总计。`,
  balance: (rule, expected, actual, values) => {
    const side = (cells: readonly string[]) => cells.map((c) => `${rowNameOf(c)}(${values.get(c) ?? 0})`).join(' + ');
    return `${rule.along}一列：${side(rule.left)} = ${expected}，而${side(rule.right)} = ${actual}`;
  },
};

export const isSumRuleId = (rule: RuleId): rule is keyof typeof sumMessages => rule in sumMessages;

const invalidAdvice: Readonly<Record<InvalidReason, (shown: string, amount: boolean) => string>> = {
  text: (shown, amount) => `“${shown}”不是数字，请填写${amount ? '金额（万元），没有请填 0' : ' 0 或正整数，没有发生请填 0'}`,
  negative: (shown) => `“${shown}”是负数，数量不能小于 0`,
  fraction: (shown) => `“${shown}”带小数，件数应为整数`,
  precision: (shown) => `“${shown}”位数过多（超过约 15 位有效数字），无法原样保存，请核对金额（万元）`,
  'too-large': (shown, amount) => `“${shown}”数值过大（超过 16 位数），不可能是${amount ? '金额（万元）' : '件数'}，请核对是否多输了数字`,
};

export function invalidMessage(path: string, shown: string, reason: InvalidReason): string {
  const amount = cellByPath.get(path)?.valueKind === 'amount';
  return `${cellPlace(path)}：${invalidAdvice[reason](shown, amount)}`;
}

export function blankMessage(path: string): string {
  return `${cellPlace(path)}未填写；没有发生请填 0。`;
}

/** The suspect in words: where the figure that is probably mistyped is, and what it should be. */
export function suspectMessage(cell: string, value: number): string {
  return `${cellPlace(cell)}可能输错：应为 ${value}。`;
}
