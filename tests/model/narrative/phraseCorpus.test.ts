import { describe, expect, it } from 'vitest';
import { checkCounts } from '../../../src/model/narrative/checkCounts.ts';
import { tableSum } from '../../../src/model/narrative/tableSum.ts';
import { zeroReport } from '../../fixtures/buildReport.ts';
import { corpusTable, quantities } from './corpus/corpusTable.ts';
import { phrases } from './corpus/phrases.ts';
import { secondBatch } from './corpus/phrasesSecondBatch.ts';
import { thirdBatch } from './corpus/phrasesThirdBatch.ts';
import { fourthBatch } from './corpus/phrasesFourthBatch.ts';
import { fifthBatch } from './corpus/phrasesFifthBatch.ts';
import { corpusLines, scoreCorpus } from './corpus/scoreCorpus.ts';

const corpus = [...phrases, ...secondBatch, ...thirdBatch, ...fourthBatch, ...fifthBatch];

describe('phrase corpus of the count check (sentences written for fictional agencies)', () => {
  it('has at least 80 sentences, each marked with what it states, and the marks agree with its table', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect(new Set(corpus.map((p) => p.text)).size).toBe(corpus.length);
    expect(corpus.filter((p) => p.states.length === 0).length).toBeGreaterThanOrEqual(30);
    for (const phrase of corpus) {
      const report = zeroReport({ ...corpusTable, ...phrase.table });
      for (const [key, value] of phrase.states) expect(tableSum(report, quantities[key]), `${phrase.text} ${key}`).toBe(value);
    }
  });

  it('covers how agencies write: 件/条/件次, applicants, sums of outcomes, 其中 lists, Chinese numerals, %, dates, phones, 人次, 期', () => {
    const all = corpus.map((p) => p.text).join('\n');
    for (const sign of ['件', '条', '件次', '自然人', '法人或其他组织', '予以公开及部分公开', '其中', '十八', '%', '2025年1月1日', '0551-', '人次', '期', '件予以公开', '陆件', '行政复议申请']) {
      expect(all).toContain(sign);
    }
  });

  it('finds at least 93% of the planted contradictions and raises no false alarm on correctly stated figures', () => {
    const score = scoreCorpus(corpus);
    console.log(corpusLines(score).join('\n'));
    expect(score.missed).toEqual([]);
    expect(score.recall).toBeGreaterThanOrEqual(0.93);
    expect(score.falseAlarmsOnCorrectFigures).toBe(0);
    expect(score.falseAlarms).toEqual([]);
    expect(score.precision).toBe(1);
    // Each planted cell contradicts figures in many sentences: the corpus is not trivially small.
    expect(score.plantedContradictions).toBeGreaterThanOrEqual(250);
  });

  it('compares 受理 phrasing with table 三 (issue 24): 共受理依申请公开信息15件 against 一、本年新收', () => {
    const report = zeroReport({ ...corpusTable });
    for (const text of ['本年度共受理依申请公开信息15件。', '依申请公开信息受理15件。', '依申请公开受理量为15件。', '受理依申请公开事项共15项。']) {
      const findings = checkCounts({ ...report, text: { ...report.text, requests: text } });
      expect(findings, text).toEqual([expect.objectContaining({ rule: 'narrative-count', expected: 18, actual: 15 })]);
    }
    const own = checkCounts({ ...report, text: { ...report.text, requests: '本年度共受理自然人依申请公开信息11件。' } });
    expect(own).toEqual([expect.objectContaining({ rule: 'narrative-count', expected: 14, actual: 11 })]);
  });

  it('counts misses and false alarms (the score can fail)', () => {
    // Marked wrongly on purpose: the first sentence does state 收到申请 18; the second names no table figure.
    const score = scoreCorpus([
      { part: 'requests', text: '本年度共收到政府信息公开申请18件。', states: [] },
      { part: 'requests', text: '今年共有18位申请人来函。', states: [['received', 18]] },
    ]);
    expect(score.falseAlarms.length).toBeGreaterThan(0);
    expect(score.falseAlarmsOnCorrectFigures).toBe(0);
    expect(score.missed.map((miss) => miss.text)).toContain('今年共有18位申请人来函。');
    expect(score.precision).toBeLessThan(1);
    expect(score.recall).toBe(0);
  });

  it('names the reading it compared with when the figure disagrees with all of them', () => {
    const report = zeroReport({ ...corpusTable, 'tables.appeals.suitDirect.upheld': 9 });
    const [finding] = checkCounts({ ...report, text: { ...report.text, appeals: '本年度发生行政诉讼5件。' } });
    expect(finding).toMatchObject({ rule: 'narrative-count', expected: 13, actual: 5 });
    expect(finding?.message).toContain('表四「行政诉讼」两组总计之和为 13');
  });
});
