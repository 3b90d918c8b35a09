import type { CellPath, RequestsColumn } from '../../template/cellPathType.ts';
import { requestsTable } from '../../template/requestsTable.ts';
import { knownCell } from '../cellCatalog.ts';
import { headerChain } from '../headerTree.ts';
import { applicationTail, excluding, filler, R, receivingVerb, type Reading } from './countWords.ts';

/** An applicant group of table 三's columns, as the text names it (收到自然人申请11件). */
export type ApplicantGroup = {
  readonly id: string;
  readonly words: string;
  readonly name: string;
  readonly readings: readonly Reading[];
};

/** 法人或其他组织 and its five columns, from the template. */
const organisations = headerChain(requestsTable.columns, 'commercial').at(-2);
const orgColumns = (organisations?.children ?? []).flatMap((node) => (node.key ? [node.key] : []));
const received = (column: RequestsColumn): CellPath => `${R}.received.${column}`;
/** The received cells of the five organisation columns. */
export const orgCells: readonly CellPath[] = orgColumns.map((column) => knownCell(`${R}.received.${column}`).path);
/** A column's label in table 三 (自然人, 商业企业 …). */
const columnLabel = (column: RequestsColumn): string => knownCell(received(column)).columnName;

export const applicantGroups: readonly ApplicantGroup[] = [
  {
    id: 'natural',
    words: `${columnLabel('natural')}|公民`,
    name: columnLabel('natural'),
    // With no applications from organisations the total is the same figure (a table filled in its 总计 only).
    readings: [{ cells: [received('natural')] }, { cells: [received('total')], whenZero: orgCells }],
  },
  {
    id: 'organisations',
    words: '法人(?:或|和|及|与)其他组织|法人',
    name: organisations?.label ?? '',
    readings: [{ cells: orgCells }, { cells: [received('total')], whenZero: [received('natural')] }],
  },
  {
    id: 'commercial',
    words: `${columnLabel('commercial')}|企业`,
    name: columnLabel('commercial'),
    // 企业 may stand for every organisation.
    readings: [{ cells: [received('commercial')] }, { cells: orgCells }],
  },
  ...(['research', 'nonprofit', 'legalService'] as const).map((id): ApplicantGroup => ({ id, words: columnLabel(id), name: columnLabel(id), readings: [{ cells: [received(id)] }] })),
];

const anyApplicant = applicantGroups.map((group) => group.words).join('|');
// 自然人申请, 自然人提出的政府信息公开申请, 自然人依申请公开信息 (受理自然人依申请公开信息14件).
const applicationNoun = `(?:提出|提交)?(?:的)?(?:政府信息公开|依申请公开|信息公开)?(?:申请|依申请公开(?:类)?(?:政府)?信息)${applicationTail}`;
// Another year, a channel or timing of the applications: not the received count of the column.
const notReceived = excluding('网上|网络|网站|在线|信函|邮寄|当面|现场|传真|邮件|书面|平台|窗口|渠道|方式|涉及|关于|有关|结转|同比|较|比|延期|逾期|当场|按时|期限|及时|延长|办结|答复');

/** 收到自然人申请11件: with the receiving verb, the applicant and the word 申请. */
const withVerb = new RegExp(`${receivingVerb}(?:了)?(?:来自)?(${anyApplicant})${applicationNoun}${filler}|^\\s*(?:其中|另有|来自)*(${anyApplicant})(?:提出|提交)(?:了)?(?:的)?(?:政府信息公开|依申请公开|信息公开)?申请${filler}`);
/** 法人或其他组织申请2件 / 其中自然人10件: only right after a count of received applications. */
const bare = new RegExp(`^\\s*(?:其中|另有|来自)*(${anyApplicant})(?:提出|提交)?(?:的)?(?:${applicationNoun})?${filler}`);

export type ApplicantMatch = { readonly group: ApplicantGroup; readonly needsReceivedBefore: boolean };

/** The applicant group a clause names before its number, if it counts received applications of one group. */
export function applicantOfClause(lead: string, leadWithoutYear: string): ApplicantMatch | undefined {
  if (notReceived.test(leadWithoutYear)) return undefined;
  const verbMatch = withVerb.exec(lead);
  const match = verbMatch ?? bare.exec(lead);
  const word = match?.[1] ?? match?.[2];
  if (word === undefined) return undefined;
  // Two groups in one clause (自然人和法人申请12件) count them together.
  const groups = applicantGroups.filter((group) => new RegExp(`^(?:${group.words})$`).test(word));
  const mentioned = lead.match(new RegExp(anyApplicant, 'g')) ?? [];
  const group = groups[0];
  if (group === undefined || mentioned.length > 1) return undefined;
  return { group, needsReceivedBefore: verbMatch === null };
}
