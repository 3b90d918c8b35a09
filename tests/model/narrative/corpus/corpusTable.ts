import { isCellPath } from '../../../../src/model/cellCatalog.ts';
import type { CellPath } from '../../../../src/template/cellPathType.ts';
import type { CellValue } from '../../../../src/model/cellValue.ts';

const R = 'tables.requests';
const A = 'tables.appeals';
const T = 'tables.active';

/**
 * 示例市生态环境局, 2025 — the table every corpus sentence is read against (unless it overrides cells).
 * 三: received 18 (自然人14, 商业企业3, 法律服务机构1), carried over 2; 予以公开7, 部分公开3, 不予公开2, 无法提供4,
 * 不予处理1, 其他处理1 (办结18), carried forward 2. 二: 规范性文件 制发6 废止4 现行有效57, no 规章; 许可230 处罚41
 * 强制9, 收费3.6万元. 四: 行政复议4 (维持2 纠正1 未审结1); 直接起诉5 (维持3 未审结2), 复议后起诉2 (维持2).
 */
export const corpusTable: Readonly<Record<string, CellValue>> = {
  [`${R}.received.natural`]: 14,
  [`${R}.received.commercial`]: 3,
  [`${R}.received.legalService`]: 1,
  [`${R}.carriedOver.natural`]: 2,
  [`${R}.disclosed.natural`]: 6,
  [`${R}.disclosed.commercial`]: 1,
  [`${R}.partlyDisclosed.natural`]: 3,
  [`${R}.declined.thirdPartyRights.natural`]: 1,
  [`${R}.declined.processInformation.commercial`]: 1,
  [`${R}.unavailable.notHeld.natural`]: 4,
  [`${R}.notProcessed.repeated.natural`]: 1,
  [`${R}.otherHandling.noCorrection.legalService`]: 1,
  [`${R}.carriedForward.natural`]: 2,
  [`${T}.normativeDocuments.issued`]: 6,
  [`${T}.normativeDocuments.repealed`]: 4,
  [`${T}.normativeDocuments.inForce`]: 57,
  [`${T}.licensing.decisions`]: 230,
  [`${T}.punishment.decisions`]: 41,
  [`${T}.coercion.decisions`]: 9,
  [`${T}.fees.amount`]: 3.6,
  [`${A}.review.upheld`]: 2,
  [`${A}.review.corrected`]: 1,
  [`${A}.review.pending`]: 1,
  [`${A}.suitDirect.upheld`]: 3,
  [`${A}.suitDirect.pending`]: 2,
  [`${A}.suitAfterReview.upheld`]: 2,
};

const cell = (path: string): CellPath => {
  if (!isCellPath(path)) throw new Error(`${path} is not a cell of the template`);
  return path;
};
const outcomeTotals = (row: string, leaves: readonly string[]) => leaves.map((leaf) => cell(`${R}.${row}.${leaf}.total`));

/** What a sentence can state: the cells whose sum it gives. */
export const quantities = {
  received: [`${R}.received.total`],
  receivedNatural: [`${R}.received.natural`],
  receivedOrgs: (['commercial', 'research', 'nonprofit', 'legalService', 'otherOrg'] as const).map((c): CellPath => `${R}.received.${c}`),
  receivedCommercial: [`${R}.received.commercial`],
  receivedLegal: [`${R}.received.legalService`],
  receivedWithCarriedOver: [`${R}.received.total`, `${R}.carriedOver.total`],
  carriedOver: [`${R}.carriedOver.total`],
  answered: [`${R}.resultsTotal.total`],
  carriedForward: [`${R}.carriedForward.total`],
  disclosed: [`${R}.disclosed.total`],
  partlyDisclosed: [`${R}.partlyDisclosed.total`],
  disclosedOrPartly: [`${R}.disclosed.total`, `${R}.partlyDisclosed.total`],
  declined: outcomeTotals('declined', ['stateSecret', 'prohibitedByLaw', 'endangersSafety', 'thirdPartyRights', 'internalAffairs', 'processInformation', 'enforcementFiles', 'administrativeQuery']),
  unavailable: outcomeTotals('unavailable', ['notHeld', 'needsCreation', 'stillUnclear']),
  notProcessed: outcomeTotals('notProcessed', ['petitionOrComplaint', 'repeated', 'publication', 'excessive', 'confirmation']),
  otherHandling: outcomeTotals('otherHandling', ['noCorrection', 'feeUnpaid', 'other']),
  issued: [`${T}.normativeDocuments.issued`],
  repealed: [`${T}.normativeDocuments.repealed`],
  inForce: [`${T}.normativeDocuments.inForce`],
  regulationsIssued: [`${T}.regulations.issued`],
  licensing: [`${T}.licensing.decisions`],
  punishment: [`${T}.punishment.decisions`],
  coercion: [`${T}.coercion.decisions`],
  fees: [`${T}.fees.amount`],
  review: [`${A}.review.total`],
  suits: [`${A}.suitDirect.total`, `${A}.suitAfterReview.total`],
  suitsDirect: [`${A}.suitDirect.total`],
  suitsAfterReview: [`${A}.suitAfterReview.total`],
  appealsAll: [`${A}.review.total`, `${A}.suitDirect.total`, `${A}.suitAfterReview.total`],
} as const satisfies Record<string, readonly CellPath[]>;

export type QuantityKey = keyof typeof quantities;

/** The cells a wrong figure is planted in (each raised by 3, totals recomputed): one leaf under every quantity. */
export const plantedCells: readonly string[] = [
  `${R}.received.natural`, `${R}.received.commercial`, `${R}.received.legalService`, `${R}.carriedOver.natural`,
  `${R}.disclosed.natural`, `${R}.partlyDisclosed.natural`, `${R}.declined.thirdPartyRights.natural`,
  `${R}.unavailable.notHeld.natural`, `${R}.notProcessed.repeated.natural`, `${R}.otherHandling.noCorrection.legalService`,
  `${R}.carriedForward.natural`,
  `${T}.normativeDocuments.issued`, `${T}.normativeDocuments.repealed`, `${T}.normativeDocuments.inForce`,
  `${T}.regulations.issued`, `${T}.licensing.decisions`, `${T}.punishment.decisions`, `${T}.coercion.decisions`, `${T}.fees.amount`,
  `${A}.review.upheld`, `${A}.suitDirect.upheld`, `${A}.suitAfterReview.upheld`,
];
