import { describe, expect, it } from 'vitest';
import { findCountMentions } from '../../../src/model/narrative/findCountMentions.ts';

const text = '2025年，本机关共收到政府信息公开申请36件，其中当面申请4件。全年主动公开政府信息120条。';

describe('findCountMentions: a text read once per year', () => {
  it('gives the same reading for the same text and year, and reads again for another year or text', () => {
    const first = findCountMentions(text, { year: 2025 });
    expect(first.mentions.map((mention) => mention.value)).toEqual(expect.arrayContaining([36]));
    expect(findCountMentions(text, { year: 2025 })).toBe(first);
    // 2025 is then not the report's year: it is no longer skipped as "本年", so the reading differs.
    const otherYear = findCountMentions(text, { year: 2026 });
    expect(otherYear).not.toBe(first);
    const edited = findCountMentions(text.replace('36件', '37件'), { year: 2025 });
    expect(edited.mentions.map((mention) => mention.value)).toContain(37);
    expect(edited.mentions.map((mention) => mention.value)).not.toContain(36);
  });

  it('never reuses a reading made under other limits', () => {
    const limited = findCountMentions(text, { year: 2025, limits: { characters: 10, countedNumbers: 100 } });
    expect(limited.readUpTo).toBe(10);
    expect(findCountMentions(text, { year: 2025 }).readUpTo).toBe(text.length);
  });
});
