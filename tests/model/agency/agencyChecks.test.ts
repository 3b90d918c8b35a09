import { describe, expect, it } from 'vitest';
import { setCell } from '../../../src/model/cellAccess.ts';
import type { Report, ReportMeta } from '../../../src/model/reportSchema.ts';
import { validateReport } from '../../../src/model/validateReport.ts';
import { fullReport } from '../../fixtures/fullReport.ts';

const as = (meta: Partial<ReportMeta>): Report =>
  setCell({ ...fullReport, meta: { ...fullReport.meta, ...meta } }, 'tables.active.regulations.inForce', 2);
const rules = (report: Report) => validateReport(report).map((finding) => finding.rule);

describe('checks that follow the recognised level', () => {
  it('lets a 设区的市 or provincial government report 规章, not a county government', () => {
    expect(rules(as({ agencyKind: 'government', agencyLevel: 'city' }))).not.toContain('regulations-not-allowed');
    expect(rules(as({ agencyKind: 'government', agencyLevel: 'province' }))).not.toContain('regulations-not-allowed');
    expect(rules(as({ agencyKind: 'government', agencyLevel: 'county' }))).toContain('regulations-not-allowed');
    expect(rules(as({ agencyKind: 'other', agencyLevel: 'county' }))).toContain('regulations-not-allowed');
  });

  it('lets the clerk\'s own choice win over the level', () => {
    expect(rules(as({ agencyKind: 'government', agencyLevel: 'county', canMakeRegulations: true }))).not.toContain('regulations-not-allowed');
    expect(rules(as({ agencyKind: 'government', agencyLevel: 'city', canMakeRegulations: false }))).toContain('regulations-not-allowed');
  });

  it('keeps the old default for files without a level', () => {
    expect(rules(as({ agencyKind: 'government' }))).not.toContain('regulations-not-allowed');
  });

  it('checks a 乡镇 deadline only once set locally', () => {
    const lateTown = as({ agencyKind: 'other', agencyLevel: 'township', issuedOn: '2026-04-20' });
    expect(rules(lateTown)).not.toContain('late-issue');
    expect(rules({ ...lateTown, meta: { ...lateTown.meta, deadline: '2026-03-31' } })).toContain('late-issue');
  });

  it('gives a government\'s own report until 3月31日 and a department until 1月31日', () => {
    expect(rules(as({ agencyKind: 'government', agencyLevel: 'city', issuedOn: '2026-03-30' }))).not.toContain('late-issue');
    expect(rules(as({ agencyKind: 'department', agencyLevel: 'city', issuedOn: '2026-03-30' }))).toContain('late-issue');
  });
});
