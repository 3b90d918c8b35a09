import { levelNames } from '../../model/agency/agencyDefaults.ts';
import type { ReviewRow } from '../../model/review/reviewReports.ts';

const kindNames: Readonly<Record<string, string>> = { department: '部门', government: '人民政府', other: '其他' };

const percent = (value: number | null): string => (value === null ? '' : `${(value * 100).toFixed(1)}%`);
const signedPercent = (value: number | null): string => (value === null ? '' : `${value > 0 ? '+' : ''}${(value * 100).toFixed(1)}%`);
const yesNo = (value: boolean | null): string => (value === null ? '' : value ? '逾期' : '按时');
const basisNames = { publishedOn: '按发布日期', issuedOn: '按成文日期' } as const;

export type ReviewColumn = {
  readonly id: string;
  readonly label: string;
  /** The cell as text (CSV and the page). */
  readonly text: (row: ReviewRow) => string;
  /** What the page sorts by; numbers sort numerically, blanks last. */
  readonly sortValue: (row: ReviewRow) => number | string | null;
};

/** The review table's columns, one list for the CSV and the page. */
export const reviewColumns: readonly ReviewColumn[] = [
  { id: 'agency', label: '机关', text: (r) => r.agency || '（未写明机关）', sortValue: (r) => r.agency },
  { id: 'level', label: '层级', text: (r) => (r.level ? levelNames[r.level] ?? r.level : ''), sortValue: (r) => r.level },
  { id: 'kind', label: '类型', text: (r) => (r.agencyKind ? kindNames[r.agencyKind] ?? r.agencyKind : ''), sortValue: (r) => r.agencyKind },
  { id: 'year', label: '年度', text: (r) => String(r.year), sortValue: (r) => r.year },
  { id: 'issuedOn', label: '成文日期', text: (r) => r.issuedOn ?? '', sortValue: (r) => r.issuedOn },
  { id: 'publishedOn', label: '发布日期', text: (r) => r.publishedOn ?? '', sortValue: (r) => r.publishedOn },
  { id: 'late', label: '是否逾期', text: (r) => yesNo(r.late), sortValue: (r) => (r.late === null ? null : Number(r.late)) },
  { id: 'lateBasis', label: '逾期判断依据', text: (r) => (r.lateBasis ? basisNames[r.lateBasis] : ''), sortValue: (r) => r.lateBasis },
  { id: 'errors', label: '错误', text: (r) => String(r.errors), sortValue: (r) => r.errors },
  { id: 'warnings', label: '提醒', text: (r) => String(r.warnings), sortValue: (r) => r.warnings },
  { id: 'suspects', label: '疑似错格', text: (r) => String(r.suspects), sortValue: (r) => r.suspects },
  { id: 'rules', label: '问题类别', text: (r) => Object.entries(r.rules).map(([rule, n]) => `${rule}×${n}`).join(' '), sortValue: (r) => Object.keys(r.rules).length },
  { id: 'lastYear', label: '上年报告', text: (r) => r.lastYear ?? '', sortValue: (r) => r.lastYear },
  { id: 'repeatRate', label: '与上年重复率', text: (r) => percent(r.repeatRate), sortValue: (r) => r.repeatRate },
  { id: 'crossYear', label: '跨年度问题', text: (r) => Object.entries(r.crossYear).map(([rule, n]) => `${rule}×${n}`).join(' '), sortValue: (r) => Object.values(r.crossYear).reduce((a, b) => a + b, 0) },
  { id: 'substantiveDisclosure', label: '实质公开率', text: (r) => percent(r.indicators.substantiveDisclosure), sortValue: (r) => r.indicators.substantiveDisclosure },
  { id: 'declined', label: '不予公开率', text: (r) => percent(r.indicators.declined), sortValue: (r) => r.indicators.declined },
  { id: 'reviewCorrection', label: '复议纠错率', text: (r) => percent(r.indicators.reviewCorrection), sortValue: (r) => r.indicators.reviewCorrection },
  { id: 'suitCorrection', label: '诉讼纠错率', text: (r) => percent(r.indicators.suitCorrection), sortValue: (r) => r.indicators.suitCorrection },
  { id: 'receivedChange', label: '申请量同比', text: (r) => signedPercent(r.indicators.receivedChange), sortValue: (r) => r.indicators.receivedChange },
  { id: 'file', label: '文件', text: (r) => r.file, sortValue: (r) => r.file },
];
