import type { TableId } from './tableTypes.ts';

// Rules as data. Totals are declared on the header trees (`total` on a node); the rest are here.

export type Severity = 'error' | 'warning';

/**
 * Every rule the checks report, in one record: its id (spec/report-format.md §2 and the project's own),
 * its verdict group and its severity while drafting and on export (stage 'final': `validate --final`,
 * the export guard). `group` 'blank' is counted as 未填 whatever the severity; 'checked' is 错误 when
 * the finding's severity is 'error', else 提醒 (model/verdict.ts). `title` is the rule's meaning in a reviewer's
 * words (the 问题类别 column of the review, the return notice; ids stay in CSV/JSON and on hover). A finding's `rule` is a `RuleId`: an id not listed here does not compile.
 */
export const rules = {
  // Arithmetic (declared on the header trees as `total`, and the balance rule below).
  'row-total': { group: 'checked', draft: 'error', final: 'error', title: '表三行合计不符' },
  'results-total': { group: 'checked', draft: 'error', final: 'error', title: '表三（七）总计不符' },
  balance: { group: 'checked', draft: 'error', final: 'error', title: '表三一+二≠三+四' },
  'appeal-total': { group: 'checked', draft: 'error', final: 'error', title: '表四总计不符' },
  // Cells and fields.
  'blank-cell': { group: 'blank', draft: 'warning', final: 'error', title: '有未填的格' },
  'invalid-value': { group: 'checked', draft: 'error', final: 'error', title: '数字无效' },
  'required-field': { group: 'blank', draft: 'warning', final: 'error', title: '缺少机关全称或年度' },
  // Dates and the report's own facts.
  'late-issue': { group: 'checked', draft: 'warning', final: 'warning', title: '成文日期逾期' },
  'date-format': { group: 'checked', draft: 'warning', final: 'warning', title: '日期写法不规范' },
  'regulations-not-allowed': { group: 'checked', draft: 'warning', final: 'warning', title: '无规章制定权却填了规章' },
  'issued-exceeds-in-force': { group: 'checked', draft: 'warning', final: 'warning', title: '制发数多于现行有效数' },
  // Against last year's report (spec/template-2021.md §3.2).
  'carried-over': { group: 'checked', draft: 'error', final: 'error', title: '上年结转与上年报告不符' },
  'in-force-continuity': { group: 'checked', draft: 'warning', final: 'warning', title: '现行有效数与上年不衔接' },
  'text-repeat': { group: 'checked', draft: 'warning', final: 'warning', title: '与上年报告文字重复' },
  // The narrative: text against the tables, and the parts' structure.
  'overview-topic-missing': { group: 'checked', draft: 'warning', final: 'warning', title: '总体情况缺少规定的方面' },
  'narrative-count': { group: 'checked', draft: 'warning', final: 'warning', title: '正文中的数字与表格不一致' },
  'narrative-outcome-term': { group: 'checked', draft: 'warning', final: 'warning', title: '办理结果用语与表三不一致' },
  'narrative-all-answered': { group: 'checked', draft: 'warning', final: 'warning', title: '称全部办结，但有结转下年度的申请' },
  'narrative-none-but-table': { group: 'checked', draft: 'warning', final: 'warning', title: '称没有发生，但表格有数' },
  'narrative-fee-missing': { group: 'checked', draft: 'warning', final: 'warning', title: '六缺少信息处理费说明' },
  'narrative-fee-contradiction': { group: 'checked', draft: 'warning', final: 'warning', title: '信息处理费说明与表三（六）2不一致' },
  'narrative-government-review': { group: 'checked', draft: 'warning', final: 'warning', title: '人民政府报告缺少工作考核、社会评议和责任追究结果' },
  /** On export an empty required part is an error; a placeholder or a too-short part stays a warning. */
  'narrative-empty-part': { group: 'checked', draft: 'warning', final: 'error', title: '部分内容为空或过短' },
  'narrative-year': { group: 'checked', draft: 'warning', final: 'warning', title: '正文年份与报告年度不一致' },
  'narrative-too-long': { group: 'checked', draft: 'warning', final: 'warning', title: '正文过长，数字只核对了一部分' },
  'narrative-outdated-draft': { group: 'checked', draft: 'warning', final: 'warning', title: '按表格生成的句子已过时' },
} as const satisfies Record<string, RuleEntry>;

export type RuleEntry = {
  readonly group: 'blank' | 'checked';
  readonly draft: Severity;
  readonly final: Severity;
  readonly title: string;
};

/** Every rule id; closed: a finding with an id not in `rules` does not compile. */
export type RuleId = keyof typeof rules;

export const ruleIds = Object.keys(rules) as RuleId[];

/** A rule's severity while drafting, or on export (stage 'final'). */
export const ruleSeverity = (rule: RuleId, stage: 'draft' | 'final' = 'draft'): Severity => rules[rule][stage];

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

/** 条例 第四十九条: departments by 1月31日, a government's own report by 3月31日 (month, day). */
export const defaultDeadlines = {
  department: { month: 1, day: 31 },
  government: { month: 3, day: 31 },
  other: { month: 1, day: 31 },
} as const;

/** Rows of table 二 that carry 制发/废止/现行有效 counts. */
export const documentRows = ['regulations', 'normativeDocuments'] as const;
