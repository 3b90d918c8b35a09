import { getCell } from '../cellAccess.ts';
import { cellNumber } from '../cellValue.ts';
import type { Report } from '../reportSchema.ts';
import type { AppealsGroup, CellPath, RequestsRow } from '../../template/cellPathType.ts';

/** Ratios reviewers use (0…1), null when a figure is missing or the base is 0. */
export type ReviewIndicators = {
  /** 实质公开率 = (予以公开 + 部分公开) / 办结 (（七）总计). */
  readonly substantiveDisclosure: number | null;
  /** 不予公开率 = （三）不予公开 / 办结. */
  readonly declined: number | null;
  /** 复议纠错率 = 结果纠正 / 已审结 (总计 − 尚未审结), 行政复议. */
  readonly reviewCorrection: number | null;
  /** 诉讼纠错率, both kinds of 行政诉讼 together. */
  readonly suitCorrection: number | null;
  /** 申请量同比 = 本年新收 / 上年新收 − 1, when last year's report is known. */
  readonly receivedChange: number | null;
};

export const declinedRows = [
  'stateSecret', 'prohibitedByLaw', 'endangersSafety', 'thirdPartyRights',
  'internalAffairs', 'processInformation', 'enforcementFiles', 'administrativeQuery',
] as const;

const count = (report: Report, path: CellPath): number | null => cellNumber(getCell(report, path), 'count') ?? null;

function sum(report: Report, paths: readonly CellPath[]): number | null {
  let total = 0;
  for (const path of paths) {
    const value = count(report, path);
    if (value === null) return null;
    total += value;
  }
  return total;
}

const ratio = (part: number | null, whole: number | null): number | null =>
  part === null || whole === null || whole === 0 ? null : part / whole;

function correctionRate(report: Report, groups: readonly AppealsGroup[]): number | null {
  const corrected = sum(report, groups.map((g): CellPath => `tables.appeals.${g}.corrected`));
  const total = sum(report, groups.map((g): CellPath => `tables.appeals.${g}.total`));
  const pending = sum(report, groups.map((g): CellPath => `tables.appeals.${g}.pending`));
  return ratio(corrected, total === null || pending === null ? null : total - pending);
}

export function reviewIndicators(report: Report, lastYear: Report | null): ReviewIndicators {
  const requests = (row: RequestsRow): CellPath => `tables.requests.${row}.total`;
  const handled = count(report, requests('resultsTotal'));
  const received = count(report, requests('received'));
  const lastReceived = lastYear ? count(lastYear, requests('received')) : null;
  return {
    substantiveDisclosure: ratio(sum(report, [requests('disclosed'), requests('partlyDisclosed')]), handled),
    declined: ratio(sum(report, declinedRows.map((row) => requests(`declined.${row}`))), handled),
    reviewCorrection: correctionRate(report, ['review']),
    suitCorrection: correctionRate(report, ['suitDirect', 'suitAfterReview']),
    receivedChange: received === null || lastReceived === null || lastReceived === 0 ? null : received / lastReceived - 1,
  };
}
