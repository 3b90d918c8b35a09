import type { AssessmentResult } from '../../model/assessment/assessmentResult.ts';
import { placeName } from '../../model/assessment/placeName.ts';
import { formatChineseDate } from '../../model/dates.ts';
import type { Finding } from '../../model/finding.ts';
import type { Report } from '../../model/reportSchema.ts';
import { ruleTitle } from '../../model/ruleTitles.ts';

/** One thing to correct: what is wrong, where, what to do. */
export type NoticeItem = { readonly what: string; readonly where: string; readonly fix: string };
export type NoticeSection = { readonly heading: string; readonly items: readonly NoticeItem[] };

/** 退回修改意见 as plain data: what the .txt and the .docx are both written from. */
export type ReturnNotice = {
  readonly title: string;
  readonly addressee: string;
  readonly opening: string;
  readonly sections: readonly NoticeSection[];
  readonly closing: string;
  readonly signature: string;
  readonly date: string;
};

export type NoticeInput = {
  readonly report: Report;
  readonly file: string;
  readonly findings: readonly Finding[];
  readonly assessment?: AssessmentResult;
  /** ISO dates: when the notice is written and by when the corrected report is due. */
  readonly today: string;
  readonly dueBy: string;
  readonly office?: string;
};

const errorFix = '按说明改正这一处的数字或文字，改后重新检查，确认没有错误后再报送';
const maxItems = 30;

/** Whether a report gets a notice: it lost points under the pack or has 错误. */
export const needsNotice = (input: Pick<NoticeInput, 'findings' | 'assessment'>): boolean =>
  (input.assessment?.deductions.length ?? 0) > 0 || input.findings.some((f) => f.severity === 'error');

const ordinals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/** The notice for one report: every deduction with its evidence and fix, then every 错误 not already listed. */
export function returnNotice(input: NoticeInput): ReturnNotice {
  const { report, assessment } = input;
  const agency = report.meta.agency.trim() || '（未写明机关）';
  const deductionSections: NoticeSection[] = (assessment?.deductions ?? []).map((d) => ({
    heading: `${d.title}${d.points > 0 ? `（扣 ${d.points} 分）` : ''}`,
    items: d.evidence.slice(0, maxItems).map((e) => ({
      what: [e.quote, e.file ? `（与 ${e.file}${e.share !== undefined ? `，重复 ${Math.round(e.share * 100)}%` : ''}）` : ''].filter(Boolean).join(''),
      where: placeName(e.cell ?? e.part ?? ''),
      fix: d.fix,
    })),
  }));
  const listed = new Set((assessment?.deductions ?? []).flatMap((d) => d.evidence.map((e) => e.quote ?? '')));
  const errors = input.findings.filter((f) => f.severity === 'error' && !listed.has(f.message));
  const errorSection: NoticeSection[] = errors.length === 0 ? [] : [{
    heading: `检查发现的错误（${errors.length} 处）`,
    items: errors.slice(0, maxItems).map((f) => ({ what: `${ruleTitle(f.rule)}：${f.message}`, where: placeName(f.cells[0] ?? ''), fix: errorFix })),
  }];
  const sections = [...deductionSections, ...errorSection].map((section, i) => ({ ...section, heading: `${ordinals[i] ?? String(i + 1)}、${section.heading}` }));
  const score = assessment ? `按“${assessment.pack}”（${assessment.edition}）评估，得分 ${assessment.score} 分（满分 ${assessment.points} 分）。` : '';
  return {
    title: `关于退回修改${agency}${report.meta.year}年政府信息公开工作年度报告的意见`,
    addressee: `${agency}：`,
    opening: `经审查，你单位报送的${report.meta.year}年政府信息公开工作年度报告（${input.file}）存在以下问题。${score}请逐项修改，于${formatChineseDate(input.dueBy)}前重新报送。`,
    sections,
    closing: '修改后请使用年度报告编写助手重新检查，确认没有错误后再报送；如对意见有疑问，请与我办联系。',
    signature: input.office ?? '政务公开办公室',
    date: formatChineseDate(input.today),
  };
}

/** The notice as plain text (UTF-8 with CRLF line ends is left to the writer). */
export function returnNoticeText(notice: ReturnNotice): string {
  return [
    notice.title, '', notice.addressee, `　　${notice.opening}`, '',
    ...notice.sections.flatMap((section) => [
      section.heading,
      ...section.items.flatMap((item, i) => [
        `　　${i + 1}. 问题：${item.what}`,
        ...(item.where ? [`　　　 位置：${item.where}`] : []),
        `　　　 修改意见：${item.fix}`,
      ]),
      '',
    ]),
    `　　${notice.closing}`, '', notice.signature, notice.date, '',
  ].join('\n');
}
