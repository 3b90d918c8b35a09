import { formatChineseDate, isValidIsoDate } from './dates.ts';
import { reportDeadline, type DeadlineRules } from './reportDeadline.ts';
import type { Report } from './reportSchema.ts';

export type Lateness = {
  /** The deadline that applies (reportDeadline), ISO date; null for a 乡镇/街道 that has not set one. */
  readonly deadline: string | null;
  /** Where the deadline comes from, in words. */
  readonly deadlineSource: string;
  /** The publication date judged: meta.publishedOn, else meta.issuedOn; null when neither is known. */
  readonly date: string | null;
  readonly dateSource: 'publishedOn' | 'issuedOn' | null;
  /** null when there is no date or no deadline to judge by. */
  readonly late: boolean | null;
};

const kindNames = { department: '部门', government: '人民政府本级', other: '其他机关' } as const;

/**
 * The publication date against the deadline (assessment-packs.md `late`; the review's late column): the date
 * of publication when known (a saved page gives it), else 成文日期.
 */
export function publicationLateness(report: Report, rules?: DeadlineRules): Lateness {
  const { publishedOn, issuedOn, agencyKind = 'department' } = report.meta;
  const due = reportDeadline(report, rules);
  const deadlineSource = due === undefined ? '乡镇、街道的公布时限由本地规定' : due.local ? '本机关的公布时限（基本信息）' : `${kindNames[agencyKind]}年度报告的公布时限`;
  const published = publishedOn && isValidIsoDate(publishedOn) ? publishedOn : null;
  const issued = issuedOn && isValidIsoDate(issuedOn) ? issuedOn : null;
  const date = published ?? issued;
  return {
    deadline: due?.date ?? null,
    deadlineSource,
    date,
    dateSource: published ? 'publishedOn' : issued ? 'issuedOn' : null,
    late: date === null || due === undefined ? null : date > due.date,
  };
}

/** "公布日期2025年2月3日晚于部门年度报告的公布时限2025年1月31日" and the like. */
export function describeLateness(lateness: Lateness): string {
  if (lateness.deadline === null) return `${lateness.deadlineSource}，请在基本信息中填写本机关的公布时限后再判断是否逾期`;
  const deadline = `${lateness.deadlineSource}${formatChineseDate(lateness.deadline)}`;
  if (lateness.date === null) return `${deadline}；没有成文日期或公布日期，无法判断是否逾期`;
  const what = lateness.dateSource === 'publishedOn' ? '公布日期' : '成文日期';
  return `${what}${formatChineseDate(lateness.date)}${lateness.late ? '晚于' : '不晚于'}${deadline}`;
}
