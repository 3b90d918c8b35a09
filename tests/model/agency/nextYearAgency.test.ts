import { describe, expect, it } from 'vitest';
import { nextYearReport } from '../../../src/model/nextYearReport.ts';
import { fullReport } from '../../fixtures/fullReport.ts';

describe('nextYearReport: who the agency is carries over', () => {
  it('keeps the recognised level with the kind, so a county government still may not report 规章', () => {
    const county = { ...fullReport, meta: { ...fullReport.meta, agency: '青禾县人民政府', agencyKind: 'government' as const, agencyLevel: 'county' as const } };
    expect(nextYearReport(county).meta).toMatchObject({ agencyKind: 'government', agencyLevel: 'county' });
  });

  it('keeps a city government\'s 规章 power', () => {
    const city = { ...fullReport, meta: { ...fullReport.meta, agency: '青禾市', agencyKind: 'government' as const, agencyLevel: 'city' as const, canMakeRegulations: true } };
    expect(nextYearReport(city).meta).toMatchObject({ agencyLevel: 'city', canMakeRegulations: true });
  });
});
