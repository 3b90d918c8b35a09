import type { CellValue } from '../../../src/model/cellValue.ts';
import { reviewIndicators } from '../../../src/model/review/reviewIndicators.ts';
import { reportWith } from '../../fixtures/buildReport.ts';

const cells = (values: Record<string, CellValue>) => reportWith(values);

describe('reviewIndicators', () => {
  it('computes 实质公开率, 不予公开率 and the correction rates from the tables', () => {
    const report = cells({
      'tables.requests.resultsTotal.total': 40,
      'tables.requests.disclosed.total': 20,
      'tables.requests.partlyDisclosed.total': 6,
      ...Object.fromEntries(['stateSecret', 'prohibitedByLaw', 'endangersSafety', 'thirdPartyRights', 'internalAffairs', 'processInformation', 'enforcementFiles', 'administrativeQuery']
        .map((row, i) => [`tables.requests.declined.${row}.total`, i < 2 ? 2 : 0])),
      'tables.appeals.review.corrected': 1,
      'tables.appeals.review.total': 6,
      'tables.appeals.review.pending': 2,
      'tables.appeals.suitDirect.corrected': 1,
      'tables.appeals.suitDirect.total': 3,
      'tables.appeals.suitDirect.pending': 1,
      'tables.appeals.suitAfterReview.corrected': 0,
      'tables.appeals.suitAfterReview.total': 2,
      'tables.appeals.suitAfterReview.pending': 0,
      'tables.requests.received.total': 30,
    });
    const last = cells({ 'tables.requests.received.total': 24 });
    const indicators = reviewIndicators(report, last);
    expect(indicators.substantiveDisclosure).toBeCloseTo(26 / 40);
    expect(indicators.declined).toBeCloseTo(4 / 40);
    expect(indicators.reviewCorrection).toBeCloseTo(1 / 4);
    expect(indicators.suitCorrection).toBeCloseTo(1 / 4);
    expect(indicators.receivedChange).toBeCloseTo(0.25);
  });

  it('gives null, not 0 or NaN, where a figure is blank or the base is 0', () => {
    const indicators = reviewIndicators(cells({ 'tables.requests.resultsTotal.total': 0, 'tables.requests.disclosed.total': 0 }), null);
    expect(Object.values(indicators)).toEqual([null, null, null, null, null]);
  });
});
