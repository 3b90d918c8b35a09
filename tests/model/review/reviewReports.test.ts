import { setCell } from '../../../src/model/cellAccess.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { reviewReports } from '../../../src/model/review/reviewReports.ts';
import { validateReport } from '../../../src/model/validateReport.ts';
import { fullReport } from '../../fixtures/fullReport.ts';

const withMeta = (report: Report, meta: Partial<Report['meta']>): Report => ({ ...report, meta: { ...report.meta, ...meta } });

describe('reviewReports', () => {
  const thisYear = withMeta(fullReport, { agency: '青禾县人民政府办公室', year: 2024, issuedOn: '2025-01-20', agencyKind: 'department' });
  const lastYear = withMeta(fullReport, { agency: '青禾县政府办公室', year: 2023, issuedOn: '2024-01-18', agencyKind: 'department' });
  const late = withMeta(fullReport, { agency: '青禾县林业局', year: 2024, issuedOn: '2025-02-10', agencyKind: 'department' });
  const broken = setCell(withMeta(fullReport, { agency: '青禾县水利局', year: 2024 }), 'tables.requests.disclosed.natural', 99);

  it('gives one row per report with the counts validate gives, the worst first', () => {
    const review = reviewReports([
      { file: 'a/2024-office.json', report: thisYear },
      { file: 'b/water.json', report: broken },
      { file: 'a/2023-office.json', report: lastYear },
    ]);
    expect(review.reviewed.map((r) => r.row.file)).toEqual(['b/water.json', 'a/2023-office.json', 'a/2024-office.json']);
    const water = review.reviewed[0]?.row;
    const findings = validateReport(broken);
    expect(water?.errors).toBe(findings.filter((f) => f.severity === 'error').length);
    expect(water?.warnings).toBe(findings.filter((f) => f.severity === 'warning').length);
    expect(water?.rules['row-total']).toBe(1);
    expect(water?.rules['results-total']).toBe(1);
    expect(review.summary.withErrors).toBe(1);
  });

  it("finds the same agency's report of the year before under another spelling and applies the cross-year checks", () => {
    const lastForward = (lastYear.tables.requests as { carriedForward: { natural: number } }).carriedForward.natural;
    const changed = setCell(thisYear, 'tables.requests.carriedOver.natural', lastForward + 3);
    const review = reviewReports([{ file: '2024.json', report: changed }, { file: '2023.json', report: lastYear }]);
    const row = review.reviewed.find((r) => r.row.year === 2024)?.row;
    expect(row?.lastYear).toBe('2023.json');
    const carried = review.reviewed.find((r) => r.row.year === 2024)?.findings.filter((f) => f.rule === 'carried-over') ?? [];
    expect(carried.map((f) => f.cells[0])).toContain('tables.requests.carriedOver.natural');
    expect(row?.crossYear['carried-over']).toBe(carried.length);
    expect(row?.repeatRate).toBe(1);
    expect(review.reviewed.find((r) => r.row.year === 2023)?.row.lastYear).toBeNull();
    expect(review.summary.repeatOver50).toBe(1);
    expect(review.summary.withLastYear).toBe(1);
  });

  it('matches reports without an agency by their file names', () => {
    const nameless = (year: number) => withMeta(fullReport, { agency: '', year });
    const review = reviewReports([
      { file: 'x/青禾县林业局2024年报告.txt', report: nameless(2024) },
      { file: 'y/青禾县林业局2023年报告.txt', report: nameless(2023) },
      { file: 'y/青禾县水利局2023年报告.txt', report: nameless(2023) },
    ]);
    expect(review.reviewed.find((r) => r.row.year === 2024)?.row.lastYear).toBe('y/青禾县林业局2023年报告.txt');
  });

  it('marks a late 成文日期 and leaves it unknown without one', () => {
    const review = reviewReports([{ file: 'late.json', report: late }, { file: 'none.json', report: withMeta(late, { issuedOn: null }) }]);
    expect(review.reviewed.find((r) => r.row.file === 'late.json')?.row.late).toBe(true);
    expect(review.reviewed.find((r) => r.row.file === 'none.json')?.row.late).toBeNull();
    expect(review.summary.late).toBe(1);
  });

  it('lists unreadable files apart', () => {
    const review = reviewReports([{ file: 'bad.json', error: '不是有效的 JSON 文件' }, { file: 'ok.json', report: thisYear }]);
    expect(review.unreadable).toEqual([{ file: 'bad.json', error: '不是有效的 JSON 文件' }]);
    expect(review.summary).toMatchObject({ reports: 1, unreadable: 1 });
  });

  it('adds every report of a year into one 汇总 checked by the same rules', () => {
    const other = withMeta(fullReport, { agency: '青禾县林业局', year: 2024 });
    const review = reviewReports([{ file: '1.json', report: thisYear }, { file: '2.json', report: other }, { file: '3.json', report: lastYear }]);
    const of2024 = review.aggregates.find((a) => a.year === 2024);
    expect(of2024?.reports).toBe(2);
    const received = (r: Report) => (r.tables.requests as { received: { total: number } }).received.total;
    expect(received(of2024!.report)).toBe(2 * received(fullReport));
    expect(of2024?.findings).toEqual([]);
    const unbalanced = reviewReports([{ file: '1.json', report: thisYear }, { file: '2.json', report: broken }]);
    expect(unbalanced.aggregates[0]?.findings.map((f) => f.rule).sort()).toEqual(['results-total', 'row-total']);
  });
});
