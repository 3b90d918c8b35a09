import type { CellPath } from '../../template/cellPathType.ts';
import { documentRows } from '../../template/reportRules.ts';
import { sections } from '../../template/sections.ts';
import { cellsOfTable } from '../cellCatalog.ts';
import { statisticsPeriod } from '../reportYear.ts';
import type { Report } from '../reportSchema.ts';
import { orgCells } from './applicantCounts.ts';
import type { DraftSentence, DraftSlot } from './draftTemplate.ts';
import { outcomeById } from './outcomeRows.ts';
import { tableSum } from './tableSum.ts';

// Which rows and columns a sentence counts comes from the template (cell catalog, outcome rows); the keys
// written here are the slots' names in the sentences.
const R = 'tables.requests';
const A = 'tables.appeals';
const T = 'tables.active';
const paths = (cells: readonly { readonly path: CellPath }[]): CellPath[] => cells.map((cell) => cell.path);

const count = (...cells: CellPath[]): DraftSlot => ({
  read: (report) => {
    const sum = tableSum(report, cells);
    return sum === undefined ? undefined : String(sum);
  },
});
/** Whether the cells hold anything; undefined while one is blank. */
const has = (report: Report, cells: readonly CellPath[]): boolean | undefined => {
  const sum = tableSum(report, cells);
  return sum === undefined ? undefined : sum > 0;
};

const requestCells = {
  received: [`${R}.received.total`],
  natural: [`${R}.received.natural`],
  organisations: orgCells,
  carriedOver: [`${R}.carriedOver.total`],
  disclosed: outcomeById.disclosed.cells,
  partlyDisclosed: outcomeById.partlyDisclosed.cells,
  declined: outcomeById.declined.cells,
  unavailable: outcomeById.unavailable.cells,
  notProcessed: outcomeById.notProcessed.cells,
  otherHandling: outcomeById.otherHandling.cells,
  answered: [`${R}.resultsTotal.total`],
  carriedForward: [`${R}.carriedForward.total`],
} as const satisfies Record<string, readonly CellPath[]>;

/** 三 in words: received by applicant type, carried over, each outcome, answered, carried forward. */
export const requestsSummary: DraftSentence = {
  id: 'requests-summary',
  label: '依申请公开情况（收到、申请人、办理结果、结转）',
  cells: Object.values(requestCells).flat(),
  slots: Object.fromEntries(Object.entries(requestCells).map(([name, cells]) => [name, count(...cells)])),
  variants: [
    {
      when: (report) => {
        const any = has(report, [...requestCells.received, ...requestCells.carriedOver]);
        return any === undefined ? undefined : !any;
      },
      template: '本年度未收到政府信息公开申请，也没有上年结转的申请。',
    },
    {
      template:
        '本年度共新收政府信息公开申请{received}件，其中自然人{natural}件、法人或其他组织{organisations}件；上年结转政府信息公开申请{carriedOver}件。' +
        '办理结果：予以公开{disclosed}件，部分公开{partlyDisclosed}件，不予公开{declined}件，无法提供{unavailable}件，不予处理{notProcessed}件，其他处理{otherHandling}件，共办结{answered}件；结转下年度继续办理{carriedForward}件。',
    },
  ],
};

const regulatorySlots = (row: 'regulations' | 'normativeDocuments', prefix: string) => ({
  [`${prefix}Issued`]: count(`${T}.${row}.issued`),
  [`${prefix}Repealed`]: count(`${T}.${row}.repealed`),
  [`${prefix}InForce`]: count(`${T}.${row}.inForce`),
});
const regulationCells = paths(cellsOfTable('active').filter((cell) => cell.rowKeys[0] === documentRows[0]));
const mayMakeRegulations = (report: Report): boolean =>
  (report.meta.canMakeRegulations ?? report.meta.agencyKind === 'government') || (has(report, regulationCells) ?? false);
const decisionsAndFees =
  '作出行政许可决定{licensing}件、行政处罚决定{punishment}件、行政强制决定{coercion}件；行政事业性收费{fees}万元。';

/** 二 in words: 规章 (where the body may make them) and 行政规范性文件 制发/废止/现行有效, decisions, fees. */
export const activeSummary: DraftSentence = {
  id: 'active-summary',
  label: '主动公开数据（规范性文件、许可处罚强制、收费）',
  cells: paths(cellsOfTable('active')),
  slots: {
    ...regulatorySlots('regulations', 'regulations'),
    ...regulatorySlots('normativeDocuments', 'documents'),
    licensing: count(`${T}.licensing.decisions`),
    punishment: count(`${T}.punishment.decisions`),
    coercion: count(`${T}.coercion.decisions`),
    fees: { read: (report) => tableSum(report, [`${T}.fees.amount`])?.toString() },
  },
  variants: [
    {
      when: mayMakeRegulations,
      template:
        '本年度制发规章{regulationsIssued}件，废止{regulationsRepealed}件，现行有效{regulationsInForce}件；制发行政规范性文件{documentsIssued}件，废止{documentsRepealed}件，现行有效{documentsInForce}件；' +
        decisionsAndFees,
    },
    {
      template: '本年度制发行政规范性文件{documentsIssued}件，废止{documentsRepealed}件，现行有效{documentsInForce}件；' + decisionsAndFees,
    },
  ],
};

const appealCells = cellsOfTable('appeals');
/** The total of each group (行政复议, and the two routes of 行政诉讼). */
const appealTotals = paths(appealCells.filter((cell) => cell.columnKeys.at(-1) === 'total'));
/** 行政复议's results (结果维持 … 尚未审结), by key: the sentence's slot names. */
const reviewOutcomes = appealCells.filter((cell) => cell.columnKeys[0] === 'review' && cell.columnKeys.at(-1) !== 'total');

/** 四 in words: 行政复议 by result, 行政诉讼 by route; or that there were none. */
export const appealsSummary: DraftSentence = {
  id: 'appeals-summary',
  label: '行政复议、行政诉讼情况',
  cells: paths(appealCells),
  slots: {
    review: count(`${A}.review.total`),
    ...Object.fromEntries(reviewOutcomes.map((cell) => [cell.columnKeys.at(-1), count(cell.path)])),
    suits: count(`${A}.suitDirect.total`, `${A}.suitAfterReview.total`),
    suitDirect: count(`${A}.suitDirect.total`),
    suitAfterReview: count(`${A}.suitAfterReview.total`),
  },
  variants: [
    {
      when: (report) => {
        const any = has(report, appealTotals);
        return any === undefined ? undefined : !any;
      },
      template: '本年度未发生因政府信息公开引起的行政复议、行政诉讼。',
    },
    {
      template:
        '本年度因政府信息公开被申请行政复议{review}件，其中结果维持{upheld}件、结果纠正{corrected}件、其他结果{other}件、尚未审结{pending}件；' +
        '被提起行政诉讼{suits}件，其中未经复议直接起诉{suitDirect}件、复议后起诉{suitAfterReview}件。',
    },
  ],
};

const feeUnpaid: CellPath = `${R}.otherHandling.feeUnpaid.total`;

/** The 信息处理费 statement 六 must carry, agreeing with 三（六）2. */
export const feeStatementSentence: DraftSentence = {
  id: 'fee-statement',
  label: '信息处理费说明',
  cells: [feeUnpaid],
  slots: { feeUnpaid: count(feeUnpaid) },
  variants: [
    {
      when: (report) => {
        const unpaid = tableSum(report, [feeUnpaid]);
        return unpaid === undefined ? undefined : unpaid === 0;
      },
      template: '本年度依据《政府信息公开信息处理费管理办法》，本机关未向申请人收取信息处理费。',
    },
    {
      template: '本年度依据《政府信息公开信息处理费管理办法》向申请人发出信息处理费收费通知，其中申请人逾期未缴纳费用、本机关不再处理的申请{feeUnpaid}件。',
    },
  ],
};

const partNames = sections.map((section) => section.heading.replace(/^[一二三四五六]、/, '')).join('，');

/** The opening paragraph: legal basis, the six parts, the 统计期限. */
export const openingBasis: DraftSentence = {
  id: 'opening-basis',
  label: '开篇：编制依据、六个部分和统计期限',
  cells: [],
  slots: { period: { read: (report) => statisticsPeriod(report.meta.year) } },
  variants: [
    {
      template:
        `依照《中华人民共和国政府信息公开条例》第五十条，按照国务院办公厅政府信息与政务公开办公室制定的年度报告格式（国办公开办函〔2021〕30号），编写本报告。全文包括${partNames}，共六部分。报告中的数据统计期限为{period}。`,
    },
  ],
};

const text = (read: (report: Report) => string | undefined): DraftSlot => ({ read: (report) => read(report)?.trim() || undefined });

/** Where the report is published and whom to ask, from the basic information. */
export const openingContact: DraftSentence = {
  id: 'opening-contact',
  label: '开篇：公布网址和联系方式',
  cells: [],
  slots: {
    agency: text((report) => report.meta.agency),
    website: text((report) => report.meta.website),
    phone: text((report) => report.meta.phone),
  },
  variants: [
    { when: (report) => Boolean(report.meta.website?.trim() && report.meta.phone?.trim()), template: '本报告电子版可在{website}查阅。如对本报告有疑问，请与{agency}联系（电话：{phone}）。' },
    { when: (report) => Boolean(report.meta.website?.trim()), template: '本报告电子版可在{website}查阅。' },
    { template: '如对本报告有疑问，请与{agency}联系（电话：{phone}）。' },
  ],
};

/** Every generator, in menu order. */
export const draftSentences: readonly DraftSentence[] = [openingBasis, openingContact, activeSummary, requestsSummary, appealsSummary, feeStatementSentence];

/** The generators suited to a field (by its path, and for 一's sub-sections by their heading). */
export function draftSentencesFor(fieldPath: string, report: Report): DraftSentence[] {
  const byId = (ids: readonly string[]) => draftSentences.filter((s) => ids.includes(s.id));
  if (fieldPath === 'text.preamble' || fieldPath === 'text.overview.intro') return byId(['opening-basis', 'opening-contact']);
  if (fieldPath === 'text.active') return byId(['active-summary']);
  if (fieldPath === 'text.requests') return byId(['requests-summary']);
  if (fieldPath === 'text.appeals') return byId(['appeals-summary']);
  if (fieldPath === 'text.other') return byId(['fee-statement']);
  const section = /^text\.overview\.sections\.(\d+)\.body$/.exec(fieldPath);
  const heading = section ? (report.text.overview.sections[Number(section[1])]?.heading ?? '') : '';
  if (/依申请/.test(heading)) return byId(['requests-summary', 'appeals-summary']);
  if (/主动公开|信息管理/.test(heading)) return byId(['active-summary']);
  if (/监督|保障/.test(heading)) return byId(['appeals-summary']);
  return [];
}
