// Plain explanations of table 三's result rows for the ledger template's explanation sheet.
// Written in our own words after the meaning of the official form; keys are the row paths of table 三.

export const outcomeExplanations: Readonly<Record<string, string>> = {
  disclosed: '申请公开的信息全部提供给了申请人。',
  partlyDisclosed: '只提供了其中可以公开的部分（区分处理的，只记这一种结果）。',
  'declined.stateSecret': '所申请的信息依法定为国家秘密，不予公开。',
  'declined.prohibitedByLaw': '其他法律、行政法规明确禁止公开。',
  'declined.endangersSafety': '公开后可能危及国家安全、公共安全、经济安全或社会稳定。',
  'declined.thirdPartyRights': '涉及商业秘密、个人隐私等，公开会损害第三方合法权益。',
  'declined.internalAffairs': '属于人事管理、后勤管理、内部工作流程等内部事务信息。',
  'declined.processInformation': '属于讨论记录、过程稿、磋商信函、请示报告等过程性信息。',
  'declined.enforcementFiles': '属于行政执法案卷信息。',
  'declined.administrativeQuery': '按有关法律法规应通过专门的查询渠道办理，告知申请人按该渠道查询。',
  'unavailable.notHeld': '本机关没有制作或保存这项信息，已告知申请人。',
  'unavailable.needsCreation': '没有现成的信息，提供需要另行制作、加工或分析，已告知申请人。',
  'unavailable.stillUnclear': '要求补正后，申请的内容仍然不明确。',
  'notProcessed.petitionOrComplaint': '实际是信访、举报、投诉，已告知申请人按相应渠道提出。',
  'notProcessed.repeated': '就已经答复过的同一内容再次申请。',
  'notProcessed.publication': '要求提供的是公开出版物，已告知获取途径。',
  'notProcessed.excessive': '无正当理由大量、反复申请，超出合理范围。',
  'notProcessed.confirmation': '要求行政机关确认或者重新出具申请人已经取得的信息。',
  'otherHandling.noCorrection': '通知补正后，申请人无正当理由逾期不补正，不再处理。',
  'otherHandling.feeUnpaid': '发出收费通知后，申请人逾期未缴纳信息处理费，不再处理。',
  'otherHandling.other': '不属于以上任何一种的其他处理结果。',
};
