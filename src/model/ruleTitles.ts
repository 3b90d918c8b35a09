import { narrativeRules } from './narrative/narrativeRules.ts';

/** Every engine rule id in a reviewer's words (the 问题类别 column); ids stay in CSV/JSON and on hover. */
export const ruleTitles: Readonly<Record<string, string>> = {
  'row-total': '表三行合计不符',
  'results-total': '表三（七）总计不符',
  balance: '表三一+二≠三+四',
  'appeal-total': '表四总计不符',
  'invalid-value': '数字无效',
  'blank-cell': '有未填的格',
  'late-issue': '成文日期逾期',
  'date-format': '日期写法不规范',
  'required-field': '缺少机关全称或年度',
  'regulations-not-allowed': '无规章制定权却填了规章',
  'issued-exceeds-in-force': '制发数多于现行有效数',
  'carried-over': '上年结转与上年报告不符',
  'in-force-continuity': '现行有效数与上年不衔接',
  'text-repeat': '与上年报告文字重复',
  'overview-topic-missing': '总体情况缺少规定的方面',
  ...narrativeRules,
};

/** The title of a rule id, or the id itself when it is not known. */
export const ruleTitle = (rule: string): string => ruleTitles[rule] ?? rule;
