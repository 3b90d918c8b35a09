import { appealsTable } from '../../template/appealsTable.ts';
import { cellPlaceInFull } from '../cellPlaceInFull.ts';
import { headerChain } from '../headerTree.ts';
import { filler, R, receivingVerb, type Reading } from './countWords.ts';

/** A figure that counts several rows of a table, or all its applicant columns, together. */
export type JointCount = { readonly id: string; readonly place: string; readonly readings: readonly Reading[] };

const A = 'tables.appeals';
// 行政复议 and 行政诉讼, the two column groups of table 四.
const review = headerChain(appealsTable.columns, 'review').at(-1)?.label;
const suits = headerChain(appealsTable.columns, 'suitDirect').at(-2)?.label;
// Applicants named in a list (公民、法人和其他组织; 群众、企业): the clause counts them all.
const applicants = '公民|自然人|群众|个人|法人(?:或|和|及|与)其他组织|商业企业|企业|社会组织|科研机构|社会公益组织|法律服务机构|单位';
const joints: readonly (JointCount & { readonly lead: RegExp })[] = [
  {
    // 行政复议和行政诉讼共11件 (the list mark 、 included: the lead is read across it).
    id: 'appeals',
    lead: new RegExp(`行政复议(?:案件)?(?:和|及|与|、|以及|或)(?:提起)?行政诉讼(?:案件)?${filler}`),
    place: `表四「${review}」与「${suits}」两组的总计之和`,
    readings: [{ cells: [`${A}.review.total`, `${A}.suitDirect.total`, `${A}.suitAfterReview.total`] }],
  },
  {
    // 共受理公民、法人和其他组织政府信息公开申请18件: every applicant, so the total.
    id: 'received',
    lead: new RegExp(`${receivingVerb}[^，。；]{0,6}?(?:${applicants})(?:(?:、|和|及|与|或)(?:${applicants}))+(?:提出|提交)?(?:的)?(?:政府信息公开|依申请公开)?申请${filler}`),
    place: cellPlaceInFull(`${R}.received.total`),
    readings: [{ cells: [`${R}.received.total`] }],
  },
];

/** The joint figure the text before a number names (read across 、), if any. */
export function jointCount(wideLead: string): JointCount | undefined {
  return joints.find((joint) => joint.lead.test(wideLead));
}
