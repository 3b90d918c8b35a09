// What each row of table 三 counts, for the clerk, on demand. Written for this tool in plain words after
// the form of 国办公开办函〔2021〕30号 and the 条例 (2019); keyed by the row's cell-path keys.
import { requestsTable } from './requestsTable.ts';
import type { HeaderNode } from './tableTypes.ts';

const rows: readonly HeaderNode[] = requestsTable.rows;
const carriedForward = rows.find((row) => row.key === 'carriedForward')?.label;

export const requestsRowHelp: Readonly<Record<string, string>> = {
  received: '本年度内收到的政府信息公开申请件数，按申请人类型分列。',
  carriedOver: `上一年度没有办完、转入本年度继续办理的申请件数；应等于上年报告“${carriedForward}”的数字。`,
  disclosed: '答复全部公开所申请信息的件数（条例第三十六条）。',
  partlyDisclosed: '同一申请中能公开的部分公开、其余不公开（区分处理，条例第三十七条）的件数；计入此项的，不再计入其他情形。',
  'declined.stateSecret': '所申请信息依法确定为国家秘密，不予公开（条例第十四条）。',
  'declined.prohibitedByLaw': '法律、行政法规禁止公开的信息，不予公开（条例第十四条）。',
  'declined.endangersSafety': '公开后可能危及国家安全、公共安全、经济安全或社会稳定，不予公开（条例第十四条）。',
  'declined.thirdPartyRights': '公开会损害第三方合法权益（如商业秘密、个人隐私），第三方不同意且不公开（条例第十五条）。',
  'declined.internalAffairs': '人事管理、后勤管理、内部工作流程等本机关内部事务信息（条例第十六条）。',
  'declined.processInformation': '讨论记录、过程稿、磋商信函、请示报告等履职过程中形成的过程性信息（条例第十六条）。',
  'declined.enforcementFiles': '行政执法案卷中的信息（条例第十六条）。',
  'declined.administrativeQuery': '工商、不动产登记资料等有专门查询办法的信息，告知按相关规定查询办理（条例第三十六条）。',
  'unavailable.notHeld': '经检索本机关没有所申请的信息，或不属本机关负责公开（条例第三十六条）。',
  'unavailable.needsCreation': '没有现成信息，需要对现有信息加工、分析或另行制作，不予提供（条例第三十八条）。',
  'unavailable.stillUnclear': '已告知补正，补正后仍无法确定所申请的是什么信息。',
  'notProcessed.petitionOrComplaint': '以公开申请的形式信访、投诉、举报，已告知通过相应渠道提出（条例第三十九条）。',
  'notProcessed.repeated': '已经答复过、又申请公开相同信息，告知不再重复处理（条例第三十六条）。',
  'notProcessed.publication': '要求提供公报、报刊、书籍等公开出版物，已告知获取途径（条例第三十九条）。',
  'notProcessed.excessive': '申请数量、频次明显超过合理范围且说不出正当理由（条例第三十五条）。',
  'notProcessed.confirmation': '要求对已经获取的信息加以确认，或重新出具一份。',
  'otherHandling.noCorrection': '告知补正后，申请人无正当理由逾期不补正，视为放弃申请（条例第三十条）。',
  'otherHandling.feeUnpaid': '申请人逾期未按收费通知缴纳信息处理费，不再处理其申请。',
  'otherHandling.other': '不属于以上任何一种的其他处理结果。',
  resultsTotal: '以上（一）至（六）各项之和，即本年度办理完毕的申请件数。',
  carriedForward: '到年底还没有办完、转入下一年度继续办理的件数。本列应满足：一 + 二 = 三（七）+ 四。',
};
