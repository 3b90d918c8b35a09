import { describe, expect, it } from 'vitest';
import { setCell } from '../../../src/model/cellAccess.ts';
import type { AssessmentContext } from '../../../src/model/assessment/assessmentResult.ts';
import { assessReport } from '../../../src/model/assessment/assessReport.ts';
import { similarSource } from '../../../src/model/assessment/similarSource.ts';
import { shippedPack, shippedPacks } from '../../../src/model/assessment/shippedPacks.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { fullReport } from '../../fixtures/fullReport.ts';

// One case per rule of every shipped pack (spec §4): a report that loses the rule's points and one that does not.

type Case = { readonly lose: Report; readonly keep: Report; readonly loseContext?: AssessmentContext; readonly keepContext?: AssessmentContext; readonly points: number };

const withText = (report: Report, text: Partial<Report['text']>): Report => ({ ...report, text: { ...report.text, ...text } });
const withMeta = (report: Report, meta: Partial<Report['meta']>): Report => ({ ...report, meta: { ...report.meta, ...meta } });

const noFee = withText(fullReport, { other: '本局年度政务公开工作要点各项任务已全部落实，人大代表建议和政协提案办理结果已按规定公开。' });
const unbalanced = setCell(fullReport, 'tables.requests.received.natural', 99);
const late = withMeta(fullReport, { issuedOn: '2026-02-10' });
const noPeriod = withText(fullReport, { preamble: '本报告依据《中华人民共和国政府信息公开条例》第五十条的规定编制。' });
const figureWrong = withText(fullReport, {
  overview: {
    ...fullReport.text.overview,
    sections: fullReport.text.overview.sections.map((s) => (s.heading === '依申请公开' ? { ...s, body: s.body.replace('本年新收政府信息公开申请67件', '本年新收政府信息公开申请60件') } : s)),
  },
});

// Last year's report of the same agency: this year's narrative copied, or written anew.
const lastYearCopy = { file: '2024/示例市生态环境局.json', report: withMeta(fullReport, { year: 2024 }) };
const lastYearNew = {
  file: '2024/示例市生态环境局.json',
  report: withText(withMeta(fullReport, { year: 2024 }), {
    preamble: '本局按照条例规定编制上一年度的年度报告。',
    overview: { intro: '上一年度本局重点做好大气污染防治信息的发布和环评公示工作，群众来信来访明显减少。', sections: [] },
    problems: '栏目更新不及时，已经着手建立巡查制度。',
    other: '依据信息处理费管理办法，本年度没有收取任何费用。',
  }),
};
const repeated: AssessmentContext = { lastYear: similarSource(fullReport, lastYearCopy) };
const fresh: AssessmentContext = { lastYear: similarSource(fullReport, lastYearNew) };
// Another unit of the batch that copied this report with its own name put in.
const otherUnit = { file: '示例市水务局2025.json', report: withMeta(fullReport, { agency: '示例市水务局' }) };
const copiedFromOther: AssessmentContext = { otherUnits: [similarSource(fullReport, otherUnit)] };
const nobodyAlike: AssessmentContext = { otherUnits: [] };

const cases: Readonly<Record<string, Readonly<Record<string, Case>>>> = {
  'national-2021': {
    'six-parts': { lose: withText(fullReport, { problems: '无' }), keep: fullReport, points: 1 },
    'tables-complete': { lose: setCell(fullReport, 'tables.appeals.review.other', null), keep: fullReport, points: 1 },
    'tables-balance': { lose: unbalanced, keep: fullReport, points: 1 },
    'fee-statement': { lose: noFee, keep: fullReport, points: 1 },
    'statistics-period': { lose: noPeriod, keep: fullReport, points: 1 },
    'agency-and-date': { lose: withMeta(fullReport, { issuedOn: null }), keep: fullReport, points: 1 },
    'on-time': { lose: late, keep: fullReport, points: 1 },
    'current-format': { lose: fullReport, loseContext: { oldFormat: true }, keep: fullReport, points: 1 },
  },
  'example-licheng-2020': {
    late: { lose: withMeta(fullReport, { publishedOn: '2026-02-03' }), keep: withMeta(fullReport, { publishedOn: '2026-01-30' }), points: 5 },
    elements: { lose: noFee, keep: fullReport, points: 5 },
    copied: { lose: fullReport, loseContext: { ...copiedFromOther, ...fresh }, keep: fullReport, keepContext: { ...nobodyAlike, ...fresh }, points: 5 },
  },
  'example-quality': {
    'table-errors': { lose: unbalanced, keep: fullReport, points: 2 },
    'narrative-figures': { lose: figureWrong, keep: fullReport, points: 1 },
    'fee-statement': { lose: noFee, keep: fullReport, points: 1 },
    'repeat-last-year': { lose: fullReport, loseContext: repeated, keep: fullReport, keepContext: fresh, points: 2 },
    late: { lose: late, keep: fullReport, points: 2 },
    changed: {
      lose: fullReport, loseContext: { copies: [{ file: 'web.html', differs: true, where: [{ part: 'text.other', quote: '收费金额0元' }] }] },
      keep: fullReport, keepContext: { copies: [{ file: 'web.html', differs: false, where: [] }] }, points: 2,
    },
  },
};

describe('shipped packs: one test per rule', () => {
  it('covers every rule of every shipped pack', () => {
    for (const pack of shippedPacks) expect(Object.keys(cases[pack.id] ?? {}).sort()).toEqual(pack.rules.map((r) => r.id).sort());
  });

  for (const pack of shippedPacks) {
    for (const rule of pack.rules) {
      const testCase = cases[pack.id]?.[rule.id];
      if (!testCase) continue;
      it(`${pack.id} / ${rule.id}: deducts ${testCase.points} when the report fails it`, () => {
        const result = assessReport(testCase.lose, pack, testCase.loseContext);
        const deduction = result.deductions.find((d) => d.rule === rule.id);
        expect(deduction?.points).toBe(testCase.points);
        expect(deduction?.title).toBe(rule.title);
        expect(deduction?.evidence.length).toBeGreaterThan(0);
        expect(deduction?.fix).toMatch(/[\u4e00-\u9fff]/);
        expect(result.score).toBe(pack.points - result.deductions.reduce((s, d) => s + d.points, 0));
      });
      it(`${pack.id} / ${rule.id}: deducts nothing when the report passes it`, () => {
        const result = assessReport(testCase.keep, pack, testCase.keepContext);
        expect(result.deductions.find((d) => d.rule === rule.id)).toBeUndefined();
        expect(result.notAssessed.find((n) => n.rule === rule.id)).toBeUndefined();
      });
    }
  }
});

describe('assessReport', () => {
  const quality = shippedPack('example-quality')!;
  const licheng = shippedPack('example-licheng-2020')!;

  it('cuts a group to its cap', () => {
    let broken = fullReport;
    for (const column of ['natural', 'commercial', 'research', 'nonprofit', 'legalService']) broken = setCell(broken, `tables.requests.received.${column}`, 90);
    const result = assessReport(broken, quality);
    expect(result.deductions.find((d) => d.rule === 'table-errors')?.points).toBe(4);
    expect(result.deductions.find((d) => d.rule === 'table-errors')?.evidence.length).toBeGreaterThan(4);
  });

  it('caps elements at 5 however many are missing, and never goes below 0', () => {
    const bare = withMeta(withText(noFee, { problems: '', preamble: '' }), { agency: '', issuedOn: '2026-03-01' });
    const result = assessReport(bare, licheng, { otherUnits: [], lastYear: similarSource(bare, { file: 'x', report: bare }) });
    expect(result.deductions.find((d) => d.rule === 'elements')?.points).toBe(5);
    expect(result.score).toBe(0);
  });

  it('lists lateness as not assessed without a date, and deducts nothing for it', () => {
    const result = assessReport(withMeta(fullReport, { issuedOn: null }), quality);
    expect(result.notAssessed.find((n) => n.rule === 'late')?.why).toContain('没有成文日期或公布日期');
    expect(result.notAssessed.find((n) => n.rule === 'late')?.why).toContain('2026年1月31日');
    expect(result.deductions.find((d) => d.rule === 'late')).toBeUndefined();
  });

  it('reads meta.publishedOn before meta.issuedOn, and meta.deadline before the pack', () => {
    expect(assessReport(withMeta(late, { publishedOn: '2026-01-25' }), quality).deductions.find((d) => d.rule === 'late')).toBeUndefined();
    expect(assessReport(withMeta(late, { deadline: '2026-02-28' }), quality).deductions.find((d) => d.rule === 'late')).toBeUndefined();
    const government = withMeta(late, { agencyKind: 'government' });
    expect(assessReport(government, quality).deductions.find((d) => d.rule === 'late')).toBeUndefined();
  });

  it('does not count acknowledged warnings', () => {
    const finding = { severity: 'warning' as const, rule: 'narrative-count' as const, cells: ['text.overview.sections.1.body' as const], message: '…', acknowledged: { reason: '已核对', on: '2026-01-10' } };
    expect(assessReport(fullReport, quality, { findings: [finding] }).deductions).toEqual([]);
  });

  it('quotes the shared passages of a copied report', () => {
    const result = assessReport(fullReport, licheng, { ...copiedFromOther, ...fresh });
    const evidence = result.deductions.find((d) => d.rule === 'copied')?.evidence[0];
    expect(evidence?.file).toBe('示例市水务局2025.json');
    expect(evidence?.share).toBeGreaterThan(0.9);
    expect(evidence?.quote).toMatch(/[\u4e00-\u9fff]{13}/);
  });
});
