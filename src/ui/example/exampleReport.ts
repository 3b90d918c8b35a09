import type { CellPath, RequestsRow } from '../../template/cellPathType.ts';
import { cellCatalog } from '../../model/cellCatalog.ts';
import { setCell } from '../../model/cellAccess.ts';
import type { CellValue } from '../../model/cellValue.ts';
import { emptyReport } from '../../model/emptyReport.ts';
import { defaultReportYear } from '../../model/reportYear.ts';
import { fillTotals } from '../../model/fillTotals.ts';
import type { Report } from '../../model/reportSchema.ts';

// A fictional agency with invented figures and wording: balanced, every part written, for first-time users.

import { exampleAgency } from './exampleIdentity.ts';

export { exampleAgency } from './exampleIdentity.ts';

const applicantColumns = ['natural', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg'] as const;
type Column = (typeof applicantColumns)[number];

// Table 三 by column; received is derived so that 一+二 = 三（七）+四 holds in every column.
const resultsByColumn: Readonly<Record<Column, Readonly<Partial<Record<RequestsRow, number>>>>> = {
  natural: {
    disclosed: 20,
    partlyDisclosed: 4,
    'declined.thirdPartyRights': 1,
    'declined.processInformation': 1,
    'unavailable.notHeld': 9,
    'unavailable.needsCreation': 2,
    'notProcessed.petitionOrComplaint': 3,
    'notProcessed.repeated': 2,
    'otherHandling.noCorrection': 2,
    'otherHandling.other': 1,
  },
  commercial: { disclosed: 3, 'unavailable.notHeld': 1 },
  research: {},
  nonprofit: {},
  legalService: { disclosed: 1, partlyDisclosed: 1 },
  otherOrg: { 'unavailable.notHeld': 1 },
};
const carriedOver: Readonly<Record<Column, number>> = { natural: 3, commercial: 0, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0 };
const carriedForward: Readonly<Record<Column, number>> = { natural: 4, commercial: 1, research: 0, nonprofit: 0, legalService: 0, otherOrg: 0 };

const otherValues: Readonly<Partial<Record<CellPath, number>>> = {
  'tables.active.normativeDocuments.issued': 3,
  'tables.active.normativeDocuments.repealed': 2,
  'tables.active.normativeDocuments.inForce': 17,
  'tables.active.licensing.decisions': 1265,
  'tables.active.punishment.decisions': 38,
  'tables.active.fees.amount': 0,
  'tables.appeals.review.upheld': 2,
  'tables.appeals.review.corrected': 1,
  'tables.appeals.suitDirect.upheld': 1,
  'tables.appeals.suitDirect.pending': 1,
};

const requestsCell = (row: RequestsRow, column: Column): CellPath => `tables.requests.${row}.${column}`;

function exampleCells(): Partial<Record<CellPath, CellValue>> {
  const values: Partial<Record<CellPath, CellValue>> = Object.fromEntries(cellCatalog.map((cell) => [cell.path, 0]));
  for (const column of applicantColumns) {
    let handled = 0;
    for (const [row, count] of Object.entries(resultsByColumn[column]) as [RequestsRow, number][]) {
      values[requestsCell(row, column)] = count;
      handled += count;
    }
    values[requestsCell('carriedOver', column)] = carriedOver[column];
    values[requestsCell('carriedForward', column)] = carriedForward[column];
    values[requestsCell('received', column)] = handled + carriedForward[column] - carriedOver[column];
  }
  return { ...values, ...otherValues };
}

function exampleText(year: number): Report['text'] {
  const next = year + 1;
  return {
    preamble: [
      `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室印发的年度报告格式要求编制，由${exampleAgency}对本机关${year}年度政府信息公开工作进行总结。`,
      `全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。报告中所列数据的统计期限为${year}年1月1日至${year}年12月31日。本报告电子版可在示例市青山区人民政府门户网站“政府信息公开”专栏查阅，如对本报告有疑问，请与本局办公室联系（地址：示例市青山区和平路88号，电话：0000-12345678）。`,
    ].join('\n'),
    overview: {
      intro: `${year}年，本局围绕就业、社会保障、劳动关系等群众关心的重点事项，把政务公开与业务工作同部署、同落实，全年政府信息公开工作总体平稳有序。`,
      sections: [
        {
          heading: '主动公开',
          body: [
            `全年通过区政府门户网站本局专栏主动公开各类政府信息612条，其中政策文件及解读46条，就业创业补贴、技能培训、社保待遇调整等办事信息233条，人事考试和招聘信息118条，其余为工作动态和统计数据。`,
            `本年度制发行政规范性文件3件、废止2件，截至年底现行有效的行政规范性文件共17件，目录和全文均已在专栏集中公开并标注有效状态。全年作出行政许可决定1265件、行政处罚决定38件，均在作出决定后7个工作日内公示。`,
            '对新出台的3件行政规范性文件全部同步发布图文解读，并在社保经办大厅设置政策查询终端，方便不熟悉网络的群众查阅。',
          ].join('\n'),
        },
        {
          heading: '依申请公开',
          body: [
            `全年新收政府信息公开申请54件，上年结转3件。已办结52件，其中予以公开24件、部分公开5件、不予公开2件、无法提供13件、不予处理5件、其他处理3件；结转下年度继续办理5件，均在法定期限内。`,
            '申请内容主要集中在工伤认定材料、社会保险缴费记录、劳动保障监察案件处理情况等方面。本局对每件申请均安排专人登记、研判，涉及第三方权益的依法书面征求意见，答复书一律写明理由、依据和救济途径。',
          ].join('\n'),
        },
        {
          heading: '政府信息管理',
          body: [
            '严格执行公文类信息公开属性源头认定制度，拟文时同步明确“主动公开”“依申请公开”或“不予公开”，全年审核公文属性281件。',
            `对本局${year - 3}年以来制发的文件开展了一次集中清理，对已失效、废止的文件在专栏逐件标注，避免群众误用过期政策。信息发布前坚持“先审后发、一事一审”，全年未发生泄密和不当公开事件。`,
          ].join('\n'),
        },
        {
          heading: '政府信息公开平台建设',
          body: [
            '以区政府门户网站本局专栏为第一平台，政务新媒体账号和经办大厅公开栏为补充，全年专栏访问量约9.6万人次，政务新媒体推送政策解读和办事提示150余篇。',
            '年内对专栏栏目作了调整，新增“就业补贴一件事”“社保待遇资格认证”两个专题，把分散在各处的办事指南、表格下载和咨询电话集中到同一页面。',
          ].join('\n'),
        },
        {
          heading: '监督保障',
          body: [
            '本局将政务公开纳入年度工作目标考核，明确办公室牵头、各科室和下属单位分工负责。全年召开专题会议2次，组织业务培训1次，参训人员46人次。',
            '在公开专栏设置意见建议入口，全年收到群众对公开工作的意见建议7条，均已回复。本年度未发生因政府信息公开工作被责任追究的情况。',
          ].join('\n'),
        },
      ],
    },
    active: '',
    requests: '',
    appeals: '本年度因政府信息公开引起行政复议3件（结果维持2件、纠正1件），行政诉讼2件（结果维持1件、尚未审结1件）。对被纠正的1件，本局已重新作出答复并对经办人员进行了提醒。',
    problems: [
      `${year}年本局政府信息公开工作仍存在一些不足：一是部分办事信息更新不够及时，个别补贴标准调整后专栏内容滞后；二是依申请公开答复的说理还不够充分，个别答复对“无法提供”的原因解释偏简单；三是基层经办窗口公开栏内容与网站不完全一致。`,
      '针对上年度报告提出的“政策解读形式单一”问题，本年度已增加图解、短视频等解读形式，问题已整改完毕。',
      `${next}年，本局将重点做好以下工作：建立办事信息季度核对机制，补贴、待遇标准调整后3个工作日内更新专栏；制定依申请公开答复文书范本，逐项写明理由和依据；组织一次面向各经办窗口的公开标准培训，确保线上线下信息一致。`,
    ].join('\n'),
    other: [
      '本年度本局未向申请人收取信息处理费，也未发出收费通知。',
      `按照区政府年度政务公开工作要点，本局牵头的4项任务均已完成。全年承办区人大代表建议6件、区政协提案9件，办理结果均已按规定公开。`,
      '年内试行“政策找人”服务，根据参保登记信息向符合条件的企业和个人定向推送补贴申领提示，全年推送约1.2万条。',
    ].join('\n'),
  };
}

/** The example report for a reporting year: balanced tables and all six parts written. */
export function exampleReport(year: number = defaultReportYear()): Report {
  const base = emptyReport({ year, agency: exampleAgency, agencyKind: 'department' });
  const withCells = Object.entries(exampleCells()).reduce((report, [path, value]) => setCell(report, path, value), base);
  const report = fillTotals(withCells);
  return {
    ...report,
    meta: {
      ...report.meta,
      issuedOn: `${year + 1}-01-20`,
      contact: '区人力资源和社会保障局办公室',
      address: '示例市青山区和平路88号',
      phone: '0000-12345678',
      website: 'https://www.example.gov.cn/qingshan/rsj/',
      canMakeRegulations: false,
    },
    text: exampleText(year),
  };
}
