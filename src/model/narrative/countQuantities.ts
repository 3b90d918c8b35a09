import { cellCatalog } from '../cellCatalog.ts';

/** One reading of a figure: the sum of these cells; `whenZero` cells must sum to 0 for the reading to apply. */
export type Reading = { readonly cells: readonly string[]; readonly whenZero?: readonly string[] };

/** A table quantity that the text may name with a number, and how to recognise it. */
export type CountQuantity = {
  readonly id: string;
  /** Where the figure is, in words the clerk finds on the page. */
  readonly place: string;
  /** Cells whose sum is the quantity. */
  readonly cells: readonly string[];
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
const totalsUnder = (prefix: string): string[] =>
  cellCatalog.filter((c) => c.path.startsWith(`${R}.${prefix}.`) && c.path.endsWith('.total')).map((c) => c.path);

const countUnits = /^(?:件次|件|起|宗)/;
// Applications are also counted in 条 (收到申请9条, 予以公开3条).
export const applicationUnits = /^(?:件次|件|条|起|宗)/;
// Another period than the report year: 上年, 近三年, 历年, 自…以来, a month or quarter, another year (the report year is removed first).
const otherPeriod = '上年|去年|上一年|近[一二三四五六七八九十两\\d]+年|历年|以来|多年|\\d{4}年|\\d{1,2}月|上半年|下半年|季度';
export const excluding = (source: string): RegExp => new RegExp(`${source}|${otherPeriod}`);
// A part of the applications (by channel, applicant, reason, timing) or another year's: not the total.
// 部分公开答复3件, 告知答复: an outcome's answers, not all of them.
const answeredPartSource = '予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|告知|延期|逾期|当场|按时|期限|及时|延长';
export const receivingVerb = '(?:收到|受理|新收|接收|收悉|接到)';
// Applications of another kind (行政复议申请, 行政许可申请) are not 政府信息公开 applications.
const otherApplications = '复议|诉讼|许可|审批|听证|赔偿|补助|补贴|资助|项目|备案|登记|认定|注册|信访|举报|投诉|贷款';
const partOfApplications = excluding(`${otherApplications}|自然人|法人|企业|机构|组织|公民|个人|群众|网上|网络|网站|在线|信函|邮寄|当面|现场|传真|邮件|书面|平台|窗口|渠道|方式|涉及|关于|有关|结转|同比|较|比|延期|逾期|当场|按时|期限|及时|延长`);
// 因属于国家秘密不予公开: a reason within the outcome, not the outcome's total.
const answeredPart = new RegExp(`${partOfApplications.source}|${answeredPartSource}`);
const partOfOutcome = excluding('属于|因|由于|涉及|依据|根据|按照|自然人|法人|企业|机构|组织|公民|个人|网上|网络|信函|当面|结转');

export const outcomeRows = [
  { id: 'disclosed', name: '（一）予以公开', term: '予以公开', cells: [`${R}.disclosed.total`] },
  { id: 'partlyDisclosed', name: '（二）部分公开', term: '部分公开', cells: [`${R}.partlyDisclosed.total`] },
  { id: 'declined', name: '（三）不予公开', term: '不予公开', cells: totalsUnder('declined') },
  { id: 'unavailable', name: '（四）无法提供', term: '无法提供', cells: totalsUnder('unavailable') },
  { id: 'notProcessed', name: '（五）不予处理', term: '不予处理', cells: totalsUnder('notProcessed') },
  { id: 'otherHandling', name: '（六）其他处理', term: '其他处理', cells: totalsUnder('otherHandling') },
] as const;

export type OutcomeId = (typeof outcomeRows)[number]['id'];

/** Outcome words that are not the table's terms, and the term the table uses for them. */
export const outcomeSynonyms: readonly { readonly lead: RegExp; readonly outcome: OutcomeId }[] = [
  { lead: lead('(?<!已|依申请)(?:主动公开|全部公开|同意公开|准予公开)(?:的)?(?:申请)?'), outcome: 'disclosed' },
  { lead: new RegExp(`^\\s*(?:其中)?公开(?:的)?(?:申请)?${filler}`), outcome: 'disclosed' },
  { lead: lead('(?:拒绝公开|(?<!予)不公开|不同意公开)(?:的)?(?:申请)?'), outcome: 'declined' },
];

export const outcomeById: Readonly<Record<OutcomeId, (typeof outcomeRows)[number]>> = Object.fromEntries(
  outcomeRows.map((row) => [row.id, row]),
) as Record<OutcomeId, (typeof outcomeRows)[number]>;

const A = 'tables.appeals';
const A_ = 'tables.active';
const appealParts = excluding('纠正|维持|撤销|结果|审结|决定|败诉|胜诉|直接起诉|复议后');

/** Quantities recognised when the clause names them explicitly. */
export const countQuantities: readonly CountQuantity[] = [
  {
    id: 'received',
    place: '表三「一、本年新收政府信息公开申请数量 / 总计」',
    cells: [`${R}.received.total`],
    lead: lead(`${receivingVerb}[^，。；、]{0,16}?申请(?:公开)?(?:政府信息)?(?:事项|信件)?`),
    exclude: partOfApplications,
    units: applicationUnits,
  },
  {
    // "上年结转1件，本年新收12件": the bare verb, only in a sentence about applications.
    id: 'received',
    place: '表三「一、本年新收政府信息公开申请数量 / 总计」',
    cells: [`${R}.received.total`],
    lead: new RegExp(`^\\s*(?:本年度?|今年|全年|共|累计)*(?:新收|收到|受理|接收)(?:了)?${filler}`),
    applicationsOnly: true,
    units: applicationUnits,
  },
  {
    // 政府信息公开申请受理18件: the noun first, then the receiving verb.
    id: 'received',
    place: '表三「一、本年新收政府信息公开申请数量 / 总计」',
    cells: [`${R}.received.total`],
    lead: new RegExp(`^\\s*(?:本年度?|全年|今年|共|累计)*(?:政府信息公开|依申请公开)申请(?:共|累计|本年)*${receivingVerb}${filler}`),
    exclude: partOfApplications,
    units: applicationUnits,
  },
  {
    // 上年结转2件，合计需办理20件: every application of the year, 新收 and 上年结转.
    id: 'handled',
    place: '表三「一、本年新收」与「二、上年结转」的总计之和',
    cells: [`${R}.received.total`, `${R}.carriedOver.total`],
    lead: new RegExp(`^\\s*(?:本年度?|全年|今年|共计?|合计|总计|累计)*(?:需|应)办理(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?${filler}`),
    applicationsOnly: true,
    units: applicationUnits,
  },
  {
    // 依申请公开件数共18件: no verb, the count of the year's applications.
    id: 'received',
    place: '表三「一、本年新收政府信息公开申请数量 / 总计」',
    cells: [`${R}.received.total`],
    lead: new RegExp(`^\\s*(?:本年度?|全年|今年|共|累计)*(?:政府信息)?依申请公开(?:政府信息)?(?:的)?(?:件数|数量|申请数量?|申请件数)${filler}`),
    exclude: partOfApplications,
    units: applicationUnits,
    // Some agencies count every application handled in the year (新收 + 上年结转).
    otherReadings: [{ cells: [`${R}.received.total`, `${R}.carriedOver.total`] }],
  },
  {
    id: 'carriedOver',
    place: '表三「二、上年结转政府信息公开申请数量 / 总计」',
    cells: [`${R}.carriedOver.total`],
    lead: lead('(?:上一?年度?|去年)结转(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?'),
    exclude: /自然人|法人|企业|机构|组织/,
    units: applicationUnits,
  },
  {
    id: 'answered',
    place: '表三「（七）总计 / 总计」',
    cells: [`${R}.resultsTotal.total`],
    lead: lead('(?:办结|答复|办理完毕|办理完成|完成答复|作出答复|予以答复)(?:了)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?'),
    exclude: answeredPart,
    applicationsOnly: true,
    units: applicationUnits,
  },
  {
    id: 'carriedForward',
    place: '表三「四、结转下年度继续办理 / 总计」',
    cells: [`${R}.carriedForward.total`],
    lead: lead('结转(?:至|到)?下一?(?:个)?年度?(?:继续)?(?:办理)?(?:的)?(?:申请)?'),
    units: applicationUnits,
  },
  ...outcomeRows.map((row) => ({
    id: row.id,
    place: row.cells.length === 1 ? `表三「${row.name} / 总计」` : `表三「${row.name}」各项的总计之和`,
    cells: row.cells,
    // 予以公开7件, 作出不予公开决定2件, 部分公开答复3件.
    lead: lead(`${row.term}(?:的)?(?:申请)?(?:答复|决定|告知)?`),
    exclude: partOfOutcome,
    applicationsOnly: true,
    units: applicationUnits,
  })),
  {
    id: 'review',
    place: '表四「行政复议 / 总计」',
    cells: [`${A}.review.total`],
    lead: lead('行政复议(?:案件|申请)?'),
    exclude: appealParts,
    units: countUnits,
  },
  {
    id: 'suits',
    place: '表四「行政诉讼」两组总计之和',
    cells: [`${A}.suitDirect.total`, `${A}.suitAfterReview.total`],
    lead: lead('行政诉讼(?:案件)?'),
    exclude: appealParts,
    units: countUnits,
    // Many reports count only the suits brought directly as 行政诉讼.
    otherReadings: [{ cells: [`${A}.suitDirect.total`] }],
  },
  {
    id: 'suitDirect',
    place: '表四「行政诉讼（未经复议直接起诉） / 总计」',
    cells: [`${A}.suitDirect.total`],
    lead: lead('(?:未经(?:行政)?复议)?直接(?:向法院)?(?:提起|起诉)(?:行政诉讼)?(?:的)?(?:案件)?'),
    exclude: excluding('纠正|维持|撤销|结果|审结|败诉|胜诉'),
    units: countUnits,
  },
  {
    id: 'suitAfterReview',
    place: '表四「行政诉讼（复议后起诉） / 总计」',
    cells: [`${A}.suitAfterReview.total`],
    // 复议后起诉2件, 对行政复议决定不服提起行政诉讼2件.
    lead: lead('(?:行政)?复议(?:决定)?(?:不服)?(?:后|的)?(?:又|而|再)?(?:向法院)?(?:提起|起诉)(?:行政诉讼)?(?:的)?(?:案件)?'),
    exclude: excluding('纠正|维持|撤销|结果|审结|败诉|胜诉'),
    units: countUnits,
  },
  ...(['licensing', 'punishment', 'coercion'] as const).map((row) => {
    const word = { licensing: '行政许可', punishment: '行政处罚', coercion: '行政强制' }[row];
    return {
      id: row,
      place: `表二「${word} / 本年处理决定数量」`,
      cells: [`${A_}.${row}.decisions`],
      // 作出行政处罚决定41件, 实施行政处罚41件, 办理行政许可事项230件 (a 行政处罚案件 is a case, not a decision).
      lead: lead(`${word}(?:处理)?决定(?:书)?|(?:实施|作出)?${word}|${row === 'licensing' ? '办理行政许可(?:事项)?' : '(?!)'}`),
      exclude: new RegExp(otherPeriod),
      units: countUnits,
    };
  }),
  {
    id: 'fees',
    place: '表二「行政事业性收费 / 本年收费金额（单位：万元）」',
    cells: [`${A_}.fees.amount`],
    lead: lead('行政事业性收费(?:金额)?'),
    exclude: new RegExp(otherPeriod),
    units: /^万元/,
  },
];

export type RegulatoryRow = 'regulations' | 'normativeDocuments';
export type RegulatoryColumn = 'issued' | 'repealed' | 'inForce';

const regulatoryVerbs: Readonly<Record<RegulatoryColumn, string>> = {
  issued: '(?:新)?(?:制发|制定|出台|印发|增)(?:了)?',
  repealed: '(?:宣布)?(?:废止|宣布失效|失效|废除)(?:了)?(?:(?:或|和|及|并)宣布失效)?(?:的)?',
  inForce: '现行有效(?:的)?',
};

/** 制发/废止/现行有效 of 规章 or 规范性文件: with the instrument named, or a bare verb after it in the sentence. */
export const regulatoryLeads: readonly { readonly column: RegulatoryColumn; readonly named: RegExp; readonly bare: RegExp }[] =
  (Object.keys(regulatoryVerbs) as RegulatoryColumn[]).map((column) => ({
    column,
    named: column === 'inForce'
      ? lead(`(?:${regulatoryVerbs.inForce}(?:行政)?(规范性文件|规章)|(?<![内党])(?:行政)?(规范性文件|规章)${regulatoryVerbs.inForce})`)
      : lead(`${regulatoryVerbs[column]}(?:行政)?(规范性文件|规章)`),
    bare: new RegExp(`^(?:其中|本年度?|全年|目前|截至目前|截至年底|年底|现|仍|已|共|同时|累计)*${regulatoryVerbs[column]}${filler}`),
  }));

/** Clauses about such instruments that are not 制发/废止/现行有效 counts (公开, 解读, 清理, 备案 …). */
export const notRegulatoryCount = excluding('公开|解读|清理|审查|审核|备案|修改|修订|征求|起草|计划|拟|党内|名义|牵头|代');

export const regulatoryNames: Readonly<Record<RegulatoryRow, string>> = { regulations: '规章', normativeDocuments: '行政规范性文件' };
export const regulatoryColumnNames: Readonly<Record<RegulatoryColumn, string>> = {
  issued: '本年制发件数',
  repealed: '本年废止件数',
  inForce: '现行有效件数',
};
