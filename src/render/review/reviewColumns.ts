import { levelNames } from '../../model/agency/agencyDefaults.ts';
import type { ReviewRow } from '../../model/review/reviewReports.ts';
import { ruleTitle } from '../../model/ruleTitles.ts';

const kindNames: Readonly<Record<string, string>> = { department: '部门', government: '人民政府', other: '其他' };

const percent = (value: number | null | undefined): string => (value === null || value === undefined ? '' : `${(value * 100).toFixed(1)}%`);
const signedPercent = (value: number | null): string => (value === null ? '' : `${value > 0 ? '+' : ''}${(value * 100).toFixed(1)}%`);
const yesNo = (value: boolean | null): string => (value === null ? '' : value ? '逾期' : '按时');
const counted = (counts: Readonly<Record<string, number>>, name: (rule: string) => string) =>
  Object.entries(counts).map(([rule, n]) => `${name(rule)}×${n}`).join(' ');
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;
const basisNames = { publishedOn: '按发布日期', issuedOn: '按成文日期' } as const;

export type ReviewColumn = {
  readonly id: string;
  readonly label: string;
  /** The cell as data (CSV): rule ids, not titles. */
  readonly text: (row: ReviewRow) => string;
  /** The cell in a reviewer's words (the page); `text` when absent. */
  readonly display?: (row: ReviewRow) => string;
  /** Shown on hover on the page (e.g. the rule ids behind the titles). */
  readonly hint?: (row: ReviewRow) => string;
  /** What the page sorts by; numbers sort numerically, blanks last. */
  readonly sortValue: (row: ReviewRow) => number | string | null;
  /** In view by default (fits 1366 px); the others are shown on demand. */
  readonly main: boolean;
  /** Kept on one line (names). */
  readonly nowrap?: boolean;
  /** A file name: one line, cut with … when long (the whole path on hover). */
  readonly clip?: boolean;
};

/** The columns with a pack (spec assessment-packs.md §5): the score first, then what was deducted. */
export const assessmentColumns: readonly ReviewColumn[] = [
  { id: 'score', label: '得分', main: true, text: (r) => (r.assessment ? String(r.assessment.score) : ''), sortValue: (r) => r.assessment?.score ?? null },
  {
    id: 'deductions', label: '扣分项', main: true,
    text: (r) => r.assessment?.deductions.map((d) => `${d.rule}−${d.points}`).join(' ') ?? '',
    display: (r) => r.assessment?.deductions.map((d) => `${d.title}−${d.points}`).join('；') ?? '',
    hint: (r) => r.assessment?.deductions.map((d) => d.rule).join(' ') ?? '',
    sortValue: (r) => (r.assessment ? r.assessment.points - r.assessment.score : null),
  },
];

/** The review table's columns, one list for the CSV and the page. */
export const reviewColumns: readonly ReviewColumn[] = [
  { id: 'agency', label: '机关', main: true, nowrap: true, text: (r) => r.agency || '（未写明机关）', sortValue: (r) => r.agency },
  { id: 'level', label: '层级', main: false, text: (r) => (r.level ? levelNames[r.level] ?? r.level : ''), sortValue: (r) => r.level },
  { id: 'kind', label: '类型', main: false, text: (r) => (r.agencyKind ? kindNames[r.agencyKind] ?? r.agencyKind : ''), sortValue: (r) => r.agencyKind },
  { id: 'year', label: '年度', main: true, text: (r) => String(r.year), sortValue: (r) => r.year },
  { id: 'issuedOn', label: '成文日期', main: false, nowrap: true, text: (r) => r.issuedOn ?? '', sortValue: (r) => r.issuedOn },
  { id: 'publishedOn', label: '发布日期', main: false, nowrap: true, text: (r) => r.publishedOn ?? '', sortValue: (r) => r.publishedOn },
  { id: 'late', label: '是否逾期', main: true, text: (r) => yesNo(r.late), sortValue: (r) => (r.late === null ? null : Number(r.late)) },
  { id: 'lateBasis', label: '逾期判断依据', main: false, text: (r) => (r.lateBasis ? basisNames[r.lateBasis] : ''), sortValue: (r) => r.lateBasis },
  { id: 'errors', label: '错误', main: true, text: (r) => String(r.errors), sortValue: (r) => r.errors },
  { id: 'warnings', label: '提醒', main: true, text: (r) => String(r.warnings), sortValue: (r) => r.warnings },
  { id: 'suspects', label: '疑似错格', main: true, text: (r) => String(r.suspects), sortValue: (r) => r.suspects },
  {
    id: 'rules', label: '问题类别', main: true,
    text: (r) => counted(r.rules, (rule) => rule),
    display: (r) => counted(r.rules, ruleTitle),
    hint: (r) => counted(r.rules, (rule) => rule),
    sortValue: (r) => Object.keys(r.rules).length,
  },
  { id: 'lastYear', label: '上年报告', main: true, clip: true, text: (r) => r.lastYear ?? '', display: (r) => (r.lastYear ? fileName(r.lastYear) : ''), hint: (r) => r.lastYear ?? '', sortValue: (r) => r.lastYear },
  { id: 'repeatRate', label: '与上年重复率', main: true, text: (r) => percent(r.repeatRate), sortValue: (r) => r.repeatRate },
  {
    id: 'crossYear', label: '跨年度问题', main: false,
    text: (r) => counted(r.crossYear, (rule) => rule), display: (r) => counted(r.crossYear, ruleTitle), hint: (r) => counted(r.crossYear, (rule) => rule),
    sortValue: (r) => Object.values(r.crossYear).reduce((a, b) => a + b, 0),
  },
  { id: 'substantiveDisclosure', label: '实质公开率', main: false, text: (r) => percent(r.indicators.substantiveDisclosure), sortValue: (r) => r.indicators.substantiveDisclosure },
  { id: 'declined', label: '不予公开率', main: false, text: (r) => percent(r.indicators.declined), sortValue: (r) => r.indicators.declined },
  { id: 'reviewCorrection', label: '复议纠错率', main: false, text: (r) => percent(r.indicators.reviewCorrection), sortValue: (r) => r.indicators.reviewCorrection },
  { id: 'suitCorrection', label: '诉讼纠错率', main: false, text: (r) => percent(r.indicators.suitCorrection), sortValue: (r) => r.indicators.suitCorrection },
  { id: 'receivedChange', label: '申请量同比', main: false, text: (r) => signedPercent(r.indicators.receivedChange), sortValue: (r) => r.indicators.receivedChange },
  { id: 'file', label: '文件', main: true, clip: true, text: (r) => r.file, display: (r) => fileName(r.file), hint: (r) => r.file, sortValue: (r) => r.file },
];

/** With a pack: 内容雷同 — the most similar other unit of the batch and its share. */
export const similarColumn: ReviewColumn = {
  id: 'similarTo', label: '最相似的单位', main: true, clip: true,
  text: (r) => (r.similarTo?.[0] ? `${r.similarTo[0].file} ${percent(r.similarTo[0].share)}` : ''),
  display: (r) => (r.similarTo?.[0] ? `${percent(r.similarTo[0].share)} ${fileName(r.similarTo[0].file)}` : ''),
  hint: (r) => r.similarTo?.map((s) => `${s.file} ${percent(s.share)}`).join('\n') ?? '',
  sortValue: (r) => r.similarTo?.[0]?.share ?? null,
};

/** The columns for these rows: with a pack, the score first and the most similar unit after the repeat rate. */
export function columnsFor(rows: readonly ReviewRow[]): readonly ReviewColumn[] {
  if (!rows.some((row) => row.assessment !== undefined)) return reviewColumns;
  const at = reviewColumns.findIndex((c) => c.id === 'repeatRate') + 1;
  return [...assessmentColumns, ...reviewColumns.slice(0, at), similarColumn, ...reviewColumns.slice(at)];
}
