import type { TableId } from './tableTypes.ts';

// Rules as data. Totals are declared on the header trees (`total` on a node); the rest are here.

export type Severity = 'error' | 'warning';

/** Fixed rule ids of spec/report-format.md §2, plus the project's own warnings. */
export type RuleId =
  | 'row-total'
  | 'results-total'
  | 'balance'
  | 'appeal-total'
  | 'blank-cell'
  | 'invalid-value'
  | 'late-issue'
  | 'date-format'
  | 'regulations-not-allowed'
  | 'issued-exceeds-in-force'
  | 'required-field';

/** Per column of a matrix table: sum of `left` rows = sum of `right` rows. cells[0] = left[0]. */
export type BalanceRule = {
  readonly id: 'balance';
  readonly table: TableId;
  readonly left: readonly string[];
  readonly right: readonly string[];
};

/** 一+二=三（七）+四, the note printed in table 三. */
export const balanceRules: readonly BalanceRule[] = [
  { id: 'balance', table: 'requests', left: ['received', 'carriedOver'], right: ['resultsTotal', 'carriedForward'] },
];

export const ruleSeverity: Readonly<Record<RuleId, Severity>> = {
  'row-total': 'error',
  'results-total': 'error',
  balance: 'error',
  'appeal-total': 'error',
  'blank-cell': 'warning',
  'invalid-value': 'error',
  'late-issue': 'warning',
  'date-format': 'warning',
  'regulations-not-allowed': 'warning',
  'issued-exceeds-in-force': 'warning',
  'required-field': 'warning',
};

/** 条例 第四十九条: departments by 1月31日, a government's own report by 3月31日 (month, day). */
export const defaultDeadlines = {
  department: { month: 1, day: 31 },
  government: { month: 3, day: 31 },
  other: { month: 1, day: 31 },
} as const;

/** Rows of table 二 that carry 制发/废止/现行有效 counts. */
export const documentRows = ['regulations', 'normativeDocuments'] as const;
