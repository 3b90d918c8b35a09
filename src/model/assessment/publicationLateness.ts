import { defaultDeadlines } from '../../template/reportRules.ts';
import { formatChineseDate, isoDate, isValidIsoDate } from '../dates.ts';
import type { Report } from '../reportSchema.ts';
import type { AssessmentPack } from './packSchema.ts';

export type Lateness = {
  /** The deadline that applies: meta.deadline when set, else the pack's for the agency's kind (ISO date). */
  readonly deadline: string;
  /** Where the deadline comes from, in words. */
  readonly deadlineSource: string;
  /** The publication date assessed: meta.publishedOn, else meta.issuedOn; null when neither is known. */
  readonly date: string | null;
  readonly dateSource: 'publishedOn' | 'issuedOn' | null;
  /** null when there is no date to judge. */
  readonly late: boolean | null;
};

const kindNames = { department: '部门', government: '人民政府本级', other: '其他机关' } as const;

const packDeadline = (pack: AssessmentPack | undefined, kind: keyof typeof defaultDeadlines): string => {
  const given = pack?.deadlines?.[kind];
  if (given) return given;
  const due = defaultDeadlines[kind];
  return `${String(due.month).padStart(2, '0')}-${String(due.day).padStart(2, '0')}`;
};

/** spec §2 `late`: the publication date against the deadline for the agency's kind (meta.deadline overrides). */
export function publicationLateness(report: Report, pack?: AssessmentPack): Lateness {
  const { publishedOn, issuedOn, agencyKind = 'department', year, deadline: override } = report.meta;
  const local = override && isValidIsoDate(override) ? override : null;
  const [month, day] = packDeadline(pack, agencyKind).split('-').map(Number);
  const deadline = local ?? isoDate(year + 1, month ?? 1, day ?? 31);
  const deadlineSource = local ? '本机关的公布时限（基本信息）' : `${kindNames[agencyKind]}年度报告的公布时限`;
  const published = publishedOn && isValidIsoDate(publishedOn) ? publishedOn : null;
  const issued = issuedOn && isValidIsoDate(issuedOn) ? issuedOn : null;
  const date = published ?? issued;
  return {
    deadline,
    deadlineSource,
    date,
    dateSource: published ? 'publishedOn' : issued ? 'issuedOn' : null,
    late: date === null ? null : date > deadline,
  };
}

/** "公布日期2025年2月3日晚于部门年度报告的公布时限2025年1月31日" and the like. */
export function describeLateness(lateness: Lateness): string {
  const deadline = `${lateness.deadlineSource}${formatChineseDate(lateness.deadline)}`;
  if (lateness.date === null) return `${deadline}；没有成文日期或公布日期，无法判断是否逾期`;
  const what = lateness.dateSource === 'publishedOn' ? '公布日期' : '成文日期';
  return `${what}${formatChineseDate(lateness.date)}${lateness.late ? '晚于' : '不晚于'}${deadline}`;
}
