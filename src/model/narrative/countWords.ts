// The words around a counted figure: fillers, units, periods and parts that make a figure not the table's.

import type { CellPath } from '../../template/cellPathType.ts';

/** One reading of a figure: the sum of these cells; `whenZero` cells must sum to 0 for the reading to apply. */
export type Reading = { readonly cells: readonly CellPath[]; readonly whenZero?: readonly CellPath[] };

/** A table quantity that the text may name with a number, and how to recognise it. */
export type CountQuantity = {
  readonly id: string;
  /** Where the figure is, in words the clerk finds on the page. */
  readonly place: string;
  /** Cells whose sum is the quantity. */
  readonly cells: readonly CellPath[];
  /** Tested on the clause before the number (from the last clause mark), anchored at its end. */
  readonly lead: RegExp;
  /** Clauses naming a part or another year of the quantity are not the quantity. */
  readonly exclude?: RegExp;
  /** Counted only in sentences about applications (依申请公开), where 不予公开 etc. are outcomes. */
  readonly applicationsOnly?: boolean;
  readonly units: RegExp;
  /** Other reasonable readings of the figure (行政诉讼 X 件: both groups, or 直接起诉 only); a figure matching any is right. */
  readonly otherReadings?: readonly Reading[];
};

// Words that may stand between the name and the number: 收到申请共计12件, 现行有效的为3件.
export const filler = '(?:共计?|合计|总计|累计|总数为?|数量为?|件数为?|为|达到?|了|有|占|的|\\s)*$';
export const lead = (source: string): RegExp => new RegExp(`(?:${source})${filler}`);

export const R = 'tables.requests';
export const countUnits = /^(?:件次|件|起|宗)/;
// Applications are also counted in 条 and 项 (收到申请9条, 予以公开3条, 受理依申请公开事项18项).
export const applicationUnits = /^(?:件次|件|条|项|起|宗)/;
// Another period than the report year: 上年, 近三年, 历年, 自…以来, a month or quarter, another year (the report year is removed first).
export const otherPeriod = '上年|去年|上一年|近[一二三四五六七八九十两\\d]+年|历年|以来|多年|\\d{4}年|\\d{1,2}月|上半年|下半年|季度';
export const excluding = (source: string): RegExp => new RegExp(`${source}|${otherPeriod}`);
export const receivingVerb = '(?:收到|受理|新收|接收|收悉|接到)';
/**
 * What follows 申请 when it names the applications themselves: 申请, 申请公开, 依申请公开政府信息事项,
 * 依申请公开类信息, 依申请公开信息申请 (受理依申请公开信息18件 is the year's 新收, as 收到申请18件).
 */
export const applicationTail = '(?:公开)?(?:类)?(?:政府信息|信息)?(?:事项|信件|申请)?';
// Applications of another kind (行政复议申请, 行政许可申请) are not 政府信息公开 applications.
const otherApplications = '复议|诉讼|许可|审批|听证|赔偿|补助|补贴|资助|项目|备案|登记|认定|注册|信访|举报|投诉|贷款';
// A part of the applications (by channel, applicant, reason, timing) or another year's: not the total.
export const partOfApplications = excluding(`${otherApplications}|自然人|法人|企业|机构|组织|公民|个人|群众|网上|网络|网站|在线|信函|邮寄|当面|现场|传真|邮件|书面|平台|窗口|渠道|方式|涉及|关于|有关|结转|同比|较|比|延期|逾期|当场|按时|期限|及时|延长`);
// 部分公开答复3件, 告知答复: an outcome's answers, not all of them.
const answeredPartSource = '予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|告知|延期|逾期|当场|按时|期限|及时|延长';
export const answeredPart = new RegExp(`${partOfApplications.source}|${answeredPartSource}`);
// 因属于国家秘密不予公开: a reason within the outcome, not the outcome's total.
export const partOfOutcome = excluding('属于|因|由于|涉及|依据|根据|按照|自然人|法人|企业|机构|组织|公民|个人|网上|网络|信函|当面|结转');
