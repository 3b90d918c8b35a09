import type { MatrixTable } from './tableTypes.ts';

// 三、收到和处理政府信息公开申请情况 — labels verbatim from the official form; do not restyle.
export const requestsTable = {
  kind: 'matrix',
  id: 'requests',
  section: '三、收到和处理政府信息公开申请情况',
  note: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  columns: [
    {
      label: '申请人情况',
      omitFromName: true,
      children: [
        { label: '自然人', key: 'natural' },
        {
          label: '法人或其他组织',
          children: [
            { label: '商业企业', key: 'commercial' },
            { label: '科研机构', key: 'research' },
            { label: '社会公益组织', key: 'nonprofit' },
            { label: '法律服务机构', key: 'legalService' },
            { label: '其他', key: 'otherOrg', short: '其他（法人或其他组织）' },
          ],
        },
        { label: '总计', key: 'total', total: 'row-total' },
      ],
    },
  ],
  rows: [
    { label: '一、本年新收政府信息公开申请数量', key: 'received', short: '一、本年新收' },
    { label: '二、上年结转政府信息公开申请数量', key: 'carriedOver', short: '二、上年结转' },
    {
      label: '三、本年度办理结果',
      children: [
        { label: '（一）予以公开', key: 'disclosed' },
        { label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', key: 'partlyDisclosed', short: '（二）部分公开' },
        {
          label: '（三）不予公开',
          key: 'declined',
          children: [
            { label: '1.属于国家秘密', key: 'stateSecret' },
            { label: '2.其他法律行政法规禁止公开', key: 'prohibitedByLaw' },
            { label: '3.危及“三安全一稳定”', key: 'endangersSafety' },
            { label: '4.保护第三方合法权益', key: 'thirdPartyRights' },
            { label: '5.属于三类内部事务信息', key: 'internalAffairs' },
            { label: '6.属于四类过程性信息', key: 'processInformation' },
            { label: '7.属于行政执法案卷', key: 'enforcementFiles' },
            { label: '8.属于行政查询事项', key: 'administrativeQuery' },
          ],
        },
        {
          label: '（四）无法提供',
          key: 'unavailable',
          children: [
            { label: '1.本机关不掌握相关政府信息', key: 'notHeld' },
            { label: '2.没有现成信息需要另行制作', key: 'needsCreation' },
            { label: '3.补正后申请内容仍不明确', key: 'stillUnclear' },
          ],
        },
        {
          label: '（五）不予处理',
          key: 'notProcessed',
          children: [
            { label: '1.信访举报投诉类申请', key: 'petitionOrComplaint' },
            { label: '2.重复申请', key: 'repeated' },
            { label: '3.要求提供公开出版物', key: 'publication' },
            { label: '4.无正当理由大量反复申请', key: 'excessive' },
            { label: '5.要求行政机关确认或重新出具已获取信息', key: 'confirmation' },
          ],
        },
        {
          label: '（六）其他处理',
          key: 'otherHandling',
          children: [
            { label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', key: 'noCorrection', short: '1.逾期不补正' },
            { label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', key: 'feeUnpaid', short: '2.逾期未缴纳费用' },
            { label: '3.其他', key: 'other' },
          ],
        },
        { label: '（七）总计', key: 'resultsTotal', total: 'results-total' },
      ],
    },
    { label: '四、结转下年度继续办理', key: 'carriedForward', short: '四、结转下年度' },
  ],
} as const satisfies MatrixTable;
