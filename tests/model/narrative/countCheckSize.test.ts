import { describe, expect, it } from 'vitest';
import { checkNarrative } from '../../../src/model/narrative/checkNarrative.ts';
import { countReadingLimits } from '../../../src/model/narrative/countMention.ts';
import { findCountMentions } from '../../../src/model/narrative/findCountMentions.ts';
import { normalizeText } from '../../../src/model/narrative/normalizeText.ts';
import { regexWork } from './regexWork.ts';
import { sampleReport, withText } from './narrativeFixture.ts';

const repeated = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
// Texts with no sentence end, full of the words and numbers the check reads (the shapes that were quadratic).
const pathological = [
  '收到申请12件予以公开5件',
  '收到申请1件',
  '规范性文件废止3件现行有效',
  '完成历史文件清理转换10件其中现行有效6件',
  '收到自然人政府信息公开申请11条予以公开及部分公开3件',
  '行政复议和行政诉讼共11件其中3件予以公开',
  '1',
  '十',
  '我局依法做好政府信息公开工作',
];
const unlimited = { characters: Number.POSITIVE_INFINITY, countedNumbers: Number.POSITIVE_INFINITY };

describe('the count check reads a long text in linear time', () => {
  it.each(pathological)('work grows in proportion to the length: “%s” repeated', (piece) => {
    const work = (length: number) =>
      regexWork(() => findCountMentions(repeated(piece, length), { year: 2025, aboutApplications: true, limits: unlimited }));
    const small = work(4000);
    const large = work(16_000);
    // Four times the text: about four times the work (a quadratic reading would be sixteen times).
    expect(large / small).toBeLessThan(4.6);
    expect(large / 16_000).toBeLessThan(2000);
  });

  it('a 320,000-character part with no punctuation is read up to the limits and says so in Chinese', () => {
    const text = repeated('收到申请12件予以公开5件', 320_000);
    let findings: ReturnType<typeof checkNarrative> = [];
    const work = regexWork(() => {
      findings = checkNarrative(withText(sampleReport(), { requests: text }));
    });
    const tooLong = findings.filter((f) => f.rule === 'narrative-too-long');
    expect(tooLong).toHaveLength(1);
    expect(tooLong[0]).toMatchObject({ severity: 'warning', cells: ['text.requests'], actual: 320_000 });
    expect(tooLong[0]?.message).toContain('超过 5 万字');
    expect(tooLong[0]?.message).toContain('请检查是否误粘贴了其他内容');
    // Bounded: the whole narrative check does a fixed amount of work per character of what it reads.
    expect(work / text.length).toBeLessThan(1000);
  });

  it('stops after 400 counted figures in a part of ordinary length', () => {
    const text = repeated('收到申请1件，', 6000);
    const { mentions, readUpTo } = findCountMentions(text, { year: 2025, aboutApplications: true });
    expect(mentions).toHaveLength(countReadingLimits.countedNumbers);
    expect(readUpTo).toBeLessThan(text.length);
    const findings = checkNarrative(withText(sampleReport(), { requests: text })).filter((f) => f.rule === 'narrative-too-long');
    expect(findings[0]?.message).toContain('带单位的数字超过 400 处');
  });

  it('reads a real-sized part whole and says nothing about its length', () => {
    const text = repeated('本年度共收到政府信息公开申请12件，其中予以公开5件。', 20_000);
    const { readUpTo } = findCountMentions(text, { year: 2025, limits: { characters: 50_000, countedNumbers: 10_000 } });
    expect(readUpTo).toBe(text.length);
    expect(checkNarrative(withText(sampleReport(), { problems: '本年度工作存在不足。'.repeat(2000) })).filter((f) => f.rule === 'narrative-too-long')).toEqual([]);
  });
});

describe('normalizeText (一键规范) is linear', () => {
  it.each(['  ', '(', '((((((a', '收到 5 件,', ' . ', '2025-01-02 ', '(中)', '\u3000'])('“%s” repeated', (piece) => {
    const work = (length: number) => regexWork(() => normalizeText(repeated(piece, length) + ')'.repeat(50)));
    const small = work(20_000);
    const large = work(80_000);
    expect(large / small).toBeLessThan(4.6);
  });

  // The space runs were read again for every character beside them (no regular expression: the work measure above
  // cannot see it). A generous guard instead: quadratic, 320,000 spaces took about forty minutes; linear, well under a second.
  it('handles 320,000 spaces between Chinese text', { timeout: 30_000 }, () => {
    const result = normalizeText(`收到${' '.repeat(320_000)}申请`);
    expect(result.text).toBe('收到申请');
  });

  it('handles 320,000 characters with many changes (no stack overflow)', () => {
    const result = normalizeText(repeated('收到 5 件,', 320_000));
    expect(result.changes.length).toBeGreaterThan(100_000);
    expect(result.text).not.toContain(',');
  });
});
