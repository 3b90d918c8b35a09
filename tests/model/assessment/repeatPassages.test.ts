import { describe, expect, it } from 'vitest';
import { repeatMeasure, runSet } from '../../../src/model/assessment/repeatPassages.ts';
import { comparableText } from '../../../src/model/assessment/similarityText.ts';

const measure = (a: string, b: string, agencyA = '', agencyB = '') =>
  repeatMeasure(comparableText(a, agencyA), runSet(comparableText(b, agencyB).chars));

describe('repeat rate (spec §2)', () => {
  it('counts only passages of 13 or more consecutive characters', () => {
    const shared = '全年共发布各类政府信息一千余条';  // 15 characters
    const twelve = '全年共发布各类政府信息一';           // 12 characters
    expect(measure(`${shared}甲乙丙丁戊己庚辛壬癸子丑寅卯辰`, `${shared}其他文字`).share).toBeCloseTo(15 / 30);
    expect(measure(`${twelve}甲乙丙丁戊己庚辛壬癸子丑寅卯辰`, `${twelve}其他文字`).share).toBe(0);
  });

  it('ignores whitespace, punctuation, the agency name and the template wording, and quotes as written', () => {
    const a = '一、总体情况\n甲县水利局：本年度，全面推进政务公开，主动公开信息二百条。报告中的统计数据期限为2025年1月1日至2025年12月31日。';
    const b = '乙县林业局本年度全面推进政务公开主动公开信息二百条';
    const result = measure(a, b, '甲县水利局', '乙县林业局');
    expect(result.share).toBe(1);
    expect(result.passages[0]?.quote).toBe('本年度，全面推进政务公开，主动公开信息二百条');
  });

  it('is 0 for unrelated or empty texts', () => {
    expect(measure('今年重点推进了重大建设项目批准和实施领域信息公开', '本单位加强了政务新媒体管理并开展了专项检查工作').share).toBe(0);
    expect(measure('', '任何文字').share).toBe(0);
  });
});
