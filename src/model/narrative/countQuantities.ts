import {
  answeredPart, applicationTail, applicationUnits, countUnits, excluding, filler, lead, otherPeriod, partOfApplications, partOfOutcome, R, receivingVerb,
  type CountQuantity,
} from './countWords.ts';
import { appealsTable } from '../../template/appealsTable.ts';
import type { CellPath } from '../../template/cellPathType.ts';
import { knownCell } from '../cellCatalog.ts';
import { headerChain } from '../headerTree.ts';
import { cellPlaceInFull } from '../cellPlaceInFull.ts';
import { outcomeRows } from './outcomeRows.ts';

const A = 'tables.appeals';
const A_ = 'tables.active';
const appealParts = excluding('纠正|维持|撤销|结果|审结|决定|败诉|胜诉|直接起诉|复议后');

/** Quantities recognised when the clause names them explicitly. */
export const countQuantities: readonly CountQuantity[] = [
  {
    id: 'received',
    place: cellPlaceInFull(`${R}.received.total`),
    cells: [`${R}.received.total`],
    lead: lead(`${receivingVerb}[^，。；、]{0,16}?申请${applicationTail}`),
    exclude: partOfApplications,
    units: applicationUnits,
  },
  {
    // "上年结转1件，本年新收12件": the bare verb, only in a sentence about applications.
    id: 'received',
    place: cellPlaceInFull(`${R}.received.total`),
    cells: [`${R}.received.total`],
    lead: new RegExp(`^\\s*(?:本年度?|今年|全年|共|累计)*(?:新收|收到|受理|接收)(?:了)?${filler}`),
    applicationsOnly: true,
    units: applicationUnits,
  },
  {
    // 政府信息公开申请受理18件, 依申请公开信息受理18件, 依申请公开受理量为18件: the noun first, then the receiving verb.
    id: 'received',
    place: cellPlaceInFull(`${R}.received.total`),
    cells: [`${R}.received.total`],
    lead: new RegExp(`^\\s*(?:本年度?|全年|今年|共|累计)*(?:政府信息公开申请|依申请公开${applicationTail})(?:共|累计|本年)*${receivingVerb}(?:量|数量?|件数)?${filler}`),
    exclude: partOfApplications,
    units: applicationUnits,
  },
  {
    // 上年结转2件，合计需办理20件: every application of the year, 新收 and 上年结转.
    id: 'handled',
    place: `表三「${knownCell(`${R}.received.total`).rowName}」与「${knownCell(`${R}.carriedOver.total`).rowName}」的总计之和`,
    cells: [`${R}.received.total`, `${R}.carriedOver.total`],
    lead: new RegExp(`^\\s*(?:本年度?|全年|今年|共计?|合计|总计|累计)*(?:需|应)办理(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?${filler}`),
    applicationsOnly: true,
    units: applicationUnits,
  },
  {
    // 依申请公开件数共18件: no verb, the count of the year's applications.
    id: 'received',
    place: cellPlaceInFull(`${R}.received.total`),
    cells: [`${R}.received.total`],
    lead: new RegExp(`^\\s*(?:本年度?|全年|今年|共|累计)*(?:政府信息)?依申请公开(?:政府信息)?(?:的)?(?:件数|数量|申请数量?|申请件数)${filler}`),
    exclude: partOfApplications,
    units: applicationUnits,
    // Some agencies count every application handled in the year (新收 + 上年结转).
    otherReadings: [{ cells: [`${R}.received.total`, `${R}.carriedOver.total`] }],
  },
  {
    id: 'carriedOver',
    place: cellPlaceInFull(`${R}.carriedOver.total`),
    cells: [`${R}.carriedOver.total`],
    lead: lead('(?:上一?年度?|去年)结转(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?'),
    exclude: /自然人|法人|企业|机构|组织/,
    units: applicationUnits,
  },
  {
    id: 'answered',
    place: cellPlaceInFull(`${R}.resultsTotal.total`),
    cells: [`${R}.resultsTotal.total`],
    lead: lead('(?:办结|答复|办理完毕|办理完成|完成答复|作出答复|予以答复)(?:了)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?'),
    exclude: answeredPart,
    applicationsOnly: true,
    units: applicationUnits,
  },
  {
    id: 'carriedForward',
    place: cellPlaceInFull(`${R}.carriedForward.total`),
    cells: [`${R}.carriedForward.total`],
    lead: lead('结转(?:至|到)?下一?(?:个)?年度?(?:继续)?(?:办理)?(?:的)?(?:申请)?'),
    units: applicationUnits,
  },
  ...outcomeRows.map((row): CountQuantity => ({
    id: row.id,
    place: row.cells.length === 1 ? `表三「${row.name} / ${knownCell(row.cells[0] ?? '').columnName}」` : `表三「${row.name}」各项的总计之和`,
    cells: row.cells,
    // 予以公开7件, 作出不予公开决定2件, 部分公开答复3件.
    lead: lead(`${row.term}(?:的)?(?:申请)?(?:答复|决定|告知)?`),
    exclude: partOfOutcome,
    applicationsOnly: true,
    units: applicationUnits,
  })),
  {
    id: 'review',
    place: cellPlaceInFull(`${A}.review.total`),
    cells: [`${A}.review.total`],
    lead: lead('行政复议(?:案件|申请)?'),
    exclude: appealParts,
    units: countUnits,
  },
  {
    id: 'suits',
    place: `表四「${headerChain(appealsTable.columns, 'suitDirect').at(-2)?.label}」两组总计之和`,
    cells: [`${A}.suitDirect.total`, `${A}.suitAfterReview.total`],
    lead: lead('行政诉讼(?:案件)?'),
    exclude: appealParts,
    units: countUnits,
    // Many reports count only the suits brought directly as 行政诉讼.
    otherReadings: [{ cells: [`${A}.suitDirect.total`] }],
  },
  {
    id: 'suitDirect',
    place: cellPlaceInFull(`${A}.suitDirect.total`),
    cells: [`${A}.suitDirect.total`],
    lead: lead('(?:未经(?:行政)?复议)?直接(?:向法院)?(?:提起|起诉)(?:行政诉讼)?(?:的)?(?:案件)?'),
    exclude: excluding('纠正|维持|撤销|结果|审结|败诉|胜诉'),
    units: countUnits,
  },
  {
    id: 'suitAfterReview',
    place: cellPlaceInFull(`${A}.suitAfterReview.total`),
    cells: [`${A}.suitAfterReview.total`],
    // 复议后起诉2件, 对行政复议决定不服提起行政诉讼2件.
    lead: lead('(?:行政)?复议(?:决定)?(?:不服)?(?:后|的)?(?:又|而|再)?(?:向法院)?(?:提起|起诉)(?:行政诉讼)?(?:的)?(?:案件)?'),
    exclude: excluding('纠正|维持|撤销|结果|审结|败诉|胜诉'),
    units: countUnits,
  },
  ...(['licensing', 'punishment', 'coercion'] as const).map((row): CountQuantity => {
    const cell: CellPath = `${A_}.${row}.decisions`;
    const word = knownCell(cell).rowName;
    return {
      id: row,
      place: cellPlaceInFull(cell),
      cells: [cell],
      // 作出行政处罚决定41件, 实施行政处罚41件, 办理行政许可事项230件 (a 行政处罚案件 is a case, not a decision).
      lead: lead(`${word}(?:处理)?决定(?:书)?|(?:实施|作出)?${word}|${row === 'licensing' ? '办理行政许可(?:事项)?' : '(?!)'}`),
      exclude: new RegExp(otherPeriod),
      units: countUnits,
    };
  }),
  {
    id: 'fees',
    place: cellPlaceInFull(`${A_}.fees.amount`),
    cells: [`${A_}.fees.amount`],
    lead: lead('行政事业性收费(?:金额)?'),
    exclude: new RegExp(otherPeriod),
    units: /^万元/,
  },
];
