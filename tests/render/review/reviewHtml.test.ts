import { HtmlValidate } from 'html-validate';
import { setCell } from '../../../src/model/cellAccess.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { reviewReports } from '../../../src/model/review/reviewReports.ts';
import { renderReviewCsv } from '../../../src/render/review/reviewCsv.ts';
import { renderReviewHtml } from '../../../src/render/review/reviewHtml.ts';
import { fullReport } from '../../fixtures/fullReport.ts';
import { pageConfig } from '../htmlValidateConfig.ts';

const named = (agency: string, year: number): Report => ({ ...fullReport, meta: { ...fullReport.meta, agency, year } });
const hostile = '<script>alert(1)</script>"=HYPERLINK("x")';

const review = reviewReports([
  { file: 'a/2024.json', report: setCell(named('青禾县水利局', 2024), 'tables.requests.disclosed.natural', 99) },
  { file: 'a/2023.json', report: named('青禾县水利局', 2023) },
  { file: 'b/evil.json', report: named(hostile, 2024) },
  { file: 'c/broken.docx', error: '文件已损坏，无法打开' },
]);

describe('renderReviewHtml', () => {
  const html = renderReviewHtml(review);

  it('is valid HTML that requests nothing from elsewhere', async () => {
    const result = await new HtmlValidate({ ...pageConfig, rules: { 'no-inline-style': 'error' } }).validateString(html);
    expect(result.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(html).toContain("default-src 'none'");
  });

  it('shows the summary, every report with its findings, the unreadable files and the 汇总', () => {
    expect(html).toContain('读取的报告<br><strong>3</strong>');
    expect(html).toContain('c/broken.docx：文件已损坏，无法打开');
    expect(html).toContain('id="report-1"');
    expect(html).toMatch(/自然人/);
    expect(html).toContain('2024年度汇总（2 份报告）');
    expect(html).toContain('2023年度汇总（1 份报告）');
    expect(html).toContain('a/2023.json'); // last year's report named for the 2024 row
  });

  it('escapes everything a report says', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('renderReviewCsv', () => {
  const csv = renderReviewCsv(review);

  it('starts with a BOM and a header row, one row per readable report', () => {
    expect(csv.startsWith('\uFEFF机关,层级,类型,年度')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + 3);
  });

  it('quotes fields with quotes and defuses spreadsheet formulas', () => {
    const evilLine = csv.split('\r\n').find((line) => line.includes('alert')) ?? '';
    expect(evilLine.startsWith('"<script>alert(1)</script>""=HYPERLINK(""x"")"')).toBe(true);
    const formula = renderReviewCsv(reviewReports([{ file: 'f.json', report: named('=SUM(A1)', 2024) }]));
    expect(formula).toContain("\r\n'=SUM(A1),");
  });
});
