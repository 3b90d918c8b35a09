import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellCatalog } from '../../../src/model/cellCatalog.ts';
import { setCell } from '../../../src/model/cellAccess.ts';
import { checkNarrative } from '../../../src/model/narrative/checkNarrative.ts';
import { generateDraft } from '../../../src/model/narrative/draftTemplate.ts';
import {
  activeSummary, appealsSummary, draftSentences, draftSentencesFor, feeStatementSentence, openingBasis, openingContact, requestsSummary,
} from '../../../src/model/narrative/draftSentences.ts';
import { findOutdatedDrafts, recordInserted, refreshDrafts } from '../../../src/model/narrative/outdatedDrafts.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { zeroReport } from '../../fixtures/buildReport.ts';
import { sampleReport, withText } from './narrativeFixture.ts';

const problems = '一是政策解读形式较为单一，图解、视频等形式运用不多；二是依申请公开办理人员变动频繁。下一步将丰富解读形式，加强业务培训，并对上年度报告所列问题逐项跟踪整改。';

const draft = (sentence: Parameters<typeof generateDraft>[0], report: Report): string => {
  const text = generateDraft(sentence, report);
  if (text === undefined) throw new Error(`${sentence.id}: no sentence`);
  return text;
};

/** Every generated sentence placed where the menu offers it. */
function fullyDrafted(base: Report): Report {
  const report = { ...base, meta: { ...base.meta, website: 'https://jtj.example.gov.cn', phone: '0571-88000000' } };
  return withText(report, {
    preamble: `${draft(openingBasis, report)}${draft(openingContact, report)}`,
    sections: [draft(activeSummary, report), `${draft(requestsSummary, report)}\n${draft(appealsSummary, report)}`, problems, problems, problems],
    active: draft(activeSummary, report),
    requests: draft(requestsSummary, report),
    appeals: draft(appealsSummary, report),
    problems,
    other: draft(feeStatementSentence, report),
  });
}

describe('generated sentences', () => {
  it('read as the tables say', () => {
    const report = sampleReport();
    expect(draft(requestsSummary, report)).toBe(
      '本年度共新收政府信息公开申请12件，其中自然人10件、法人或其他组织2件；上年结转政府信息公开申请1件。办理结果：予以公开5件，部分公开2件，不予公开1件，无法提供2件，不予处理1件，其他处理1件，共办结12件；结转下年度继续办理1件。',
    );
    expect(draft(activeSummary, report)).toBe('本年度制发行政规范性文件3件，废止2件，现行有效45件；作出行政许可决定120件、行政处罚决定15件、行政强制决定2件；行政事业性收费1.5万元。');
    expect(draft(appealsSummary, report)).toContain('被申请行政复议2件，其中结果维持1件');
    expect(draft(appealsSummary, zeroReport())).toBe('本年度未发生因政府信息公开引起的行政复议、行政诉讼。');
    expect(draft(requestsSummary, zeroReport())).toBe('本年度未收到政府信息公开申请，也没有上年结转的申请。');
    expect(draft(feeStatementSentence, zeroReport())).toContain('未向申请人收取信息处理费');
    expect(draft(feeStatementSentence, report)).toContain('本机关不再处理的申请1件');
    expect(draft(openingBasis, report)).toContain('统计期限为2025年1月1日至2025年12月31日');
    expect(draft(openingBasis, report)).toContain('总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项，共六部分');
  });

  it('name 规章 only for a body that may make them', () => {
    const government = { ...sampleReport(), meta: { ...sampleReport().meta, agencyKind: 'government' as const } };
    expect(draft(activeSummary, government)).toMatch(/^本年度制发规章0件/);
    expect(draft(activeSummary, sampleReport())).not.toContain('规章');
  });

  it('are not offered while a figure is blank', () => {
    expect(generateDraft(requestsSummary, setCell(sampleReport(), 'tables.requests.received.total', null))).toBeUndefined();
    expect(generateDraft(openingContact, sampleReport())).toBeUndefined();
  });

  it('carry no hidden marker: what is inserted is what is printed', () => {
    const report = fullyDrafted(sampleReport());
    for (const sentence of draftSentences) {
      expect(draft(sentence, report)).not.toMatch(/[\u200b-\u200f\u2060-\u2064\ufeff<>{}]/);
    }
  });

  it('raise no warning when checked, for the sample report, an all-zero one and a government', () => {
    const government = { ...sampleReport(), meta: { ...sampleReport().meta, agencyKind: 'government' as const } };
    for (const base of [sampleReport(), zeroReport(), government]) {
      const findings = checkNarrative(fullyDrafted(base)).filter((f) => f.rule !== 'narrative-government-review');
      expect(findings).toEqual([]);
    }
  });

  const countCells = cellCatalog.filter((c) => c.columnKeys.at(-1) !== 'total' && c.valueKind === 'count');
  const randomReports = fc
    .tuple(fc.array(fc.nat(40), { minLength: countCells.length, maxLength: countCells.length }), fc.nat(99999), fc.boolean())
    .map(([values, fee, government]) => {
      const report = zeroReport({ ...Object.fromEntries(countCells.map((c, i) => [c.path, values[i] ?? 0])), 'tables.active.fees.amount': fee / 10000 });
      return government ? { ...report, meta: { ...report.meta, agencyKind: 'government' as const } } : report;
    });

  it('raise no warning when checked, whatever the tables hold (property)', () => {
    fc.assert(
      fc.property(randomReports, (base) => {
        const findings = checkNarrative(fullyDrafted(base)).filter((f) => f.rule !== 'narrative-government-review');
        expect(findings).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('are offered by field', () => {
    const report = sampleReport();
    const ids = (path: string) => draftSentencesFor(path, report).map((s) => s.id);
    expect(ids('text.preamble')).toEqual(['opening-basis', 'opening-contact']);
    expect(ids('text.requests')).toEqual(['requests-summary']);
    expect(ids('text.other')).toEqual(['fee-statement']);
    expect(ids('text.overview.sections.1.body')).toEqual(['requests-summary', 'appeals-summary']);
    expect(ids('text.overview.sections.0.body')).toEqual(['active-summary']);
    expect(ids('text.problems')).toEqual([]);
  });
});

/** The report with a part's text and the record saying which of its sentences the product inserted. */
const inserted = (report: Report, field: 'requests' | 'appeals' | 'preamble', text: string, words: readonly (readonly [string, string])[]): Report => ({
  ...withText(report, { [field]: text }),
  meta: { ...report.meta, insertedSentences: words.map(([id, sentence]) => ({ field: `text.${field}`, id, text: sentence })) },
});

describe('outdated generated sentences', () => {
  const before = sampleReport();
  const after = sampleReport({ 'tables.requests.received.natural': 11, 'tables.requests.disclosed.natural': 6 });
  const old = draft(requestsSummary, before);
  const text = `本年度持续规范办理流程。${old}\n另有一段说明。`;
  const recorded = (report: Report) => inserted(report, 'requests', text, [['requests-summary', old]]);

  it('are found after the table changes, with what they should now say', () => {
    const found = findOutdatedDrafts('text.requests', text, recorded(after));
    expect(found).toHaveLength(1);
    expect(found[0]?.written).toBe(old);
    expect(found[0]?.current).toBe(draft(requestsSummary, after));
    expect(findOutdatedDrafts('text.requests', text, recorded(before))).toEqual([]);
  });

  it('are only sentences the product inserted and recorded: the same words unrecorded are the clerk’s', () => {
    expect(findOutdatedDrafts('text.requests', text, withText(after, { requests: text }))).toEqual([]);
    expect(checkNarrative(withText(after, { requests: text })).map((f) => f.rule)).not.toContain('narrative-outdated-draft');
    // Recorded for another part: not this one's.
    expect(findOutdatedDrafts('text.appeals', text, recorded(after))).toEqual([]);
  });

  it('stop being generated once their words change', () => {
    const edited = text.replace('上年结转政府信息公开申请1件', '上年结转申请1件');
    const report = { ...recorded(after), text: { ...recorded(after).text, requests: edited } };
    expect(findOutdatedDrafts('text.requests', edited, report)).toEqual([]);
    expect(refreshDrafts('text.requests', edited, report)).toEqual({ text: edited, inserted: [] });
  });

  it('are flagged as a warning on the field, naming the cells', () => {
    const findings = checkNarrative(recorded(after)).filter((f) => f.rule === 'narrative-outdated-draft');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.cells[0]).toBe('text.requests');
    expect(findings[0]?.cells).toContain('tables.requests.received.total');
    expect(findings[0]?.message).toContain('更新生成的句子');
  });

  it('are reported once: the figures inside them are not reported again as wrong counts', () => {
    const none = '本年度未发生因政府信息公开引起的行政复议、行政诉讼。';
    const report = {
      ...withText(after, { requests: text, appeals: none }),
      meta: { ...after.meta, insertedSentences: [{ field: 'text.requests', id: 'requests-summary', text: old }, { field: 'text.appeals', id: 'appeals-summary', text: none }] },
    };
    const all = checkNarrative(report);
    expect(all.filter((f) => f.cells[0] === 'text.requests').map((f) => f.rule)).toEqual(['narrative-outdated-draft']);
    expect(all.filter((f) => f.cells[0] === 'text.appeals').map((f) => f.rule)).toEqual(['narrative-outdated-draft']);
    // The same figures written by the clerk are compared one by one.
    const own = checkNarrative(withText(after, { requests: '本年度收到政府信息公开申请12件。' }));
    expect(own.filter((f) => f.cells[0] === 'text.requests').map((f) => f.rule)).toEqual(['narrative-count']);
  });

  it('are refreshed in one step, keeping the clerk’s own words around them, and recorded anew', () => {
    const refreshed = refreshDrafts('text.requests', text, recorded(after));
    const now = draft(requestsSummary, after);
    expect(refreshed.text).toBe(`本年度持续规范办理流程。${now}\n另有一段说明。`);
    expect(refreshed.inserted).toEqual([{ field: 'text.requests', id: 'requests-summary', text: now }]);
    const report = { ...withText(after, { requests: refreshed.text }), meta: { ...after.meta, insertedSentences: refreshed.inserted } };
    expect(checkNarrative(report).filter((f) => f.cells[0] === 'text.requests')).toEqual([]);
  });

  it('switch wording when the figures go to or from zero', () => {
    const none = draft(appealsSummary, zeroReport());
    const some = draft(appealsSummary, sampleReport());
    expect(refreshDrafts('text.appeals', none, inserted(sampleReport(), 'appeals', none, [['appeals-summary', none]])).text).toBe(some);
    expect(refreshDrafts('text.appeals', some, inserted(zeroReport(), 'appeals', some, [['appeals-summary', some]])).text).toBe(none);
  });

  it('leave sentences the clerk wrote in their own words alone', () => {
    const own = '本年度我局收到政府信息公开申请12件，均依法答复。';
    expect(findOutdatedDrafts('text.requests', own, withText(after, { requests: own }))).toEqual([]);
  });

  it('leave the clerk’s own opening alone, however like the contact sentence it reads (issue 24)', () => {
    const opening = '本报告电子版可在青石县人民政府门户网站查阅，如对本报告有疑问，请与青石县自然资源局办公室联系（电话：0578-6120000）。';
    const base = sampleReport();
    const report = { ...withText(base, { preamble: opening }), meta: { ...base.meta, agency: '青石县自然资源局', website: 'https://www.qingshi.example.gov.cn', phone: '0578-6120001' } };
    expect(checkNarrative(report).map((f) => f.rule)).not.toContain('narrative-outdated-draft');
    expect(refreshDrafts('text.preamble', opening, report).text).toBe(opening);
  });

  it('keep only the records whose words the part still holds', () => {
    const report = recorded(after);
    const records = recordInserted(report, 'text.requests', 'requests-summary', draft(requestsSummary, after), `前言。${draft(requestsSummary, after)}`);
    expect(records).toEqual([{ field: 'text.requests', id: 'requests-summary', text: draft(requestsSummary, after) }]);
  });
});
