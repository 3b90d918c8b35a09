import { printed } from './printedLabel.ts';
import { sectionHeading } from './sections.ts';
import type { MatrixTable } from './tableTypes.ts';

// Table 三's labels, verbatim from the official form (do not restyle); its title is its part's heading in
// sections.ts. "|" marks where a printed line may break (see printed); the label is the text without the marks.
export const requestsTable = {
  kind: 'matrix',
  id: 'requests',
  section: sectionHeading('requests'),
  note: printed('（本列|数据的|勾稽关系为：|第一项加|第二项|之和，|等于|第三项加|第四项|之和）'),
  columns: [
    {
      ...printed('申请人|情况'),
      omitFromName: true,
      children: [
        { ...printed('自然人'), key: 'natural' },
        {
          ...printed('法人|或其他|组织'),
          children: [
            { ...printed('商业|企业'), key: 'commercial' },
            { ...printed('科研|机构'), key: 'research' },
            { ...printed('社会|公益|组织'), key: 'nonprofit' },
            { ...printed('法律|服务|机构'), key: 'legalService' },
            { ...printed('其他'), key: 'otherOrg', short: '其他（法人或其他组织）' },
          ],
        },
        { ...printed('总计'), key: 'total', total: 'row-total' },
      ],
    },
  ],
  rows: [
    { ...printed('一、本年|新收|政府信息|公开申请|数量'), key: 'received', short: '一、本年新收' },
    { ...printed('二、上年|结转|政府信息|公开申请|数量'), key: 'carriedOver', short: '二、上年结转' },
    {
      ...printed('三、|本年度|办理|结果'),
      children: [
        { ...printed('（一）|予以公开'), key: 'disclosed' },
        { ...printed('（二）|部分公开|（区分|处理的，|只计|这一情形，|不计|其他情形）'), key: 'partlyDisclosed', short: '（二）部分公开' },
        {
          ...printed('（三）|不予公开'),
          key: 'declined',
          children: [
            { ...printed('1.属于|国家秘密'), key: 'stateSecret' },
            { ...printed('2.其他|法律|行政法规|禁止公开'), key: 'prohibitedByLaw' },
            { ...printed('3.危及|“三安全一稳定”'), key: 'endangersSafety' },
            { ...printed('4.保护|第三方|合法权益'), key: 'thirdPartyRights' },
            { ...printed('5.属于|三类|内部事务|信息'), key: 'internalAffairs' },
            { ...printed('6.属于|四类|过程性|信息'), key: 'processInformation' },
            { ...printed('7.属于|行政执法|案卷'), key: 'enforcementFiles' },
            { ...printed('8.属于|行政查询|事项'), key: 'administrativeQuery' },
          ],
        },
        {
          ...printed('（四）|无法提供'),
          key: 'unavailable',
          children: [
            { ...printed('1.本机关|不掌握|相关|政府信息'), key: 'notHeld' },
            { ...printed('2.没有|现成信息|需要|另行制作'), key: 'needsCreation' },
            { ...printed('3.补正后|申请内容|仍不明确'), key: 'stillUnclear' },
          ],
        },
        {
          ...printed('（五）|不予处理'),
          key: 'notProcessed',
          children: [
            { ...printed('1.信访|举报|投诉类|申请'), key: 'petitionOrComplaint' },
            { ...printed('2.重复|申请'), key: 'repeated' },
            { ...printed('3.要求|提供|公开出版物'), key: 'publication' },
            { ...printed('4.无正当理由|大量|反复|申请'), key: 'excessive' },
            { ...printed('5.要求|行政机关|确认|或重新|出具|已获取|信息'), key: 'confirmation' },
          ],
        },
        {
          ...printed('（六）|其他处理'),
          key: 'otherHandling',
          children: [
            { ...printed('1.申请人|无正当理由|逾期|不补正、|行政机关|不再处理其|政府信息|公开申请'), key: 'noCorrection', short: '1.逾期不补正' },
            { ...printed('2.申请人|逾期|未按|收费通知|要求|缴纳费用、|行政机关|不再处理其|政府信息|公开申请'), key: 'feeUnpaid', short: '2.逾期未缴纳费用' },
            { ...printed('3.其他'), key: 'other' },
          ],
        },
        { ...printed('（七）|总计'), key: 'resultsTotal', total: 'results-total' },
      ],
    },
    { ...printed('四、结转|下年度|继续办理'), key: 'carriedForward', short: '四、结转下年度' },
  ],
} as const satisfies MatrixTable;
