import { describe, expect, it } from 'vitest';
import { labelScore, normalizeLabel } from '../../src/import/normalizeLabel.ts';
import { splitOverview } from '../../src/import/splitOverview.ts';
import { findPartHeading } from '../../src/import/findPartHeading.ts';
import { readDate } from '../../src/import/readDate.ts';

describe('labels as published copies print them', () => {
  it('treats full-width and ASCII punctuation and spaces inside labels alike', () => {
    expect(normalizeLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe(normalizeLabel('(二)部分公开(区分处理的,只计这一情形,不计其他情形)'));
    expect(normalizeLabel('商业 企业')).toBe('商业企业');
    expect(normalizeLabel('自 然 人')).toBe('自然人');
    expect(normalizeLabel('3.危及"三安全一稳定"')).toBe(normalizeLabel('3.危及“三安全一稳定”'));
  });

  it('scores exact labels 1, variants lower, unrelated and too-short fragments 0', () => {
    expect(labelScore('规章', '规章')).toBe(1);
    expect(labelScore('规范性文件', '行政规范性文件')).toBeGreaterThanOrEqual(0.6);
    expect(labelScore('(二)部分公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBeGreaterThanOrEqual(0.85);
    expect(labelScore('总计', '（七）总计')).toBe(0);
    expect(labelScore('其他', '3.其他')).toBe(0);
    expect(labelScore('行政许可', '行政处罚')).toBe(0);
  });
});

describe('parts and sub-sections', () => {
  it('finds reworded part headings and refuses table row labels that start with a numeral', () => {
    expect(findPartHeading('五、工作中的主要问题和改进打算')?.section.id).toBe('problems');
    expect(findPartHeading('一、总体情况')?.section.id).toBe('overview');
    expect(findPartHeading('四、结转下年度继续办理')).toBeUndefined();
    expect(findPartHeading('一是主动公开情况。')).toBeUndefined();
  });

  it('splits run-in sub-headings at the first 。 and keeps stand-alone ones whole', () => {
    expect(splitOverview(['开头一段。', '(一)主动公开全面落实。正文一句。又一句。', '（二）依申请公开', '第二部分正文。'])).toEqual({
      intro: '开头一段。',
      sections: [
        { heading: '主动公开全面落实', body: '正文一句。又一句。' },
        { heading: '依申请公开', body: '第二部分正文。' },
      ],
    });
  });

  it('reads dates written with 元月, zero padding or Chinese numerals, and rejects impossible ones', () => {
    expect(readDate('2024年元月6日')).toEqual({ iso: '2024-01-06', irregular: true });
    expect(readDate('2025年01月20日')).toEqual({ iso: '2025-01-20', irregular: true });
    expect(readDate('二〇二五年一月二十日')).toEqual({ iso: '2025-01-20', irregular: false });
    expect(readDate('2025年2月30日')).toBeUndefined();
  });
});
