import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/model/narrative/normalizeText.ts';

describe('normalizeText (一键规范)', () => {
  it.each([
    ['2025年,我局收到申请5件.其中自然人3件;法人2件:均已答复!', '2025年，我局收到申请5件。其中自然人3件；法人2件：均已答复！'],
    ['是否需要补正?请联系我们', '是否需要补正？请联系我们'],
    ['(一)主动公开情况', '（一）主动公开情况'],
    ['在门户网站(www.example.gov.cn)公布', '在门户网站（www.example.gov.cn）公布'],
    ['网址:https://www.example.gov.cn/nb.html,电话:0571-88000000,传真', '网址：https://www.example.gov.cn/nb.html，电话：0571-88000000，传真'],
    ['收到 5 件 申请', '收到5件申请'],
    ['政务　公开', '政务公开'],
    ['2025年元月20日召开', '2025年1月20日召开'],
    ['2025年01月05日印发', '2025年1月5日印发'],
    ['于 2025-01-20 印发', '于2025年1月20日印发'],
    ['成文日期:2025.1.8', '成文日期：2025年1月8日'],
  ])('“%s” → “%s”', (before, after) => {
    expect(normalizeText(before).text).toBe(after);
  });

  it.each([
    '1.属于国家秘密',
    'version 1.2 of Word, ok',
    '3,000万元',
    '10:30召开会议',
    'https://www.example.gov.cn/2025-01-20/a.html',
    '第一段\n第二段\n\n第三段',
    '　　首行缩进保留',
    '2025年1月20日',
  ])('leaves “%s” as it is', (text) => {
    expect(normalizeText(text)).toEqual({ text, changes: [] });
  });

  it('keeps paragraph breaks', () => {
    expect(normalizeText('第一段,内容\n第二段 内容\n\n第三段').text).toBe('第一段，内容\n第二段内容\n\n第三段');
  });

  it('lists each change for the preview', () => {
    const { changes } = normalizeText('2025年元月6日,召开 会议');
    expect(changes.map((c) => [c.kind, c.before, c.after])).toEqual([
      ['punctuation', ',', '，'],
      ['date', '2025年元月6日', '2025年1月6日'],
      ['space', ' ', ''],
    ]);
    expect(changes[0]?.context).toContain('元月6日,召开');
  });

  it('is idempotent and keeps the line count (property)', () => {
    const pieces = fc.constantFrom('收到', '申请', '5', '件', ',', '.', ':', ';', '(', ')', ' ', '\n', '2025年', '元月', '01月', '06日', 'abc', '。', '（', '2025-01-20', 'http://a.b');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        const once = normalizeText(text).text;
        expect(normalizeText(once).text).toBe(once);
        expect(once.split('\n').length).toBe(text.split('\n').length);
      }),
    );
  });
});
