import { describe, expect, it } from 'vitest';
import { addWorkdays, checkDeadlines, type WorkdayCalendar } from '../../../src/model/ledger/answerDeadlines.ts';
import { chineseWorkdays } from '../../../src/model/ledger/chineseWorkdays.ts';
import { countLedger, type CountedLine } from '../../../src/model/ledger/countLedger.ts';
import { checkCarriedOver } from '../../../src/model/ledger/checkCarriedOver.ts';

const header = ['序号', '收到日期', '申请人类型', '办理结果', '答复日期'];

function counted(rows: (string | null)[][], year = 2024): CountedLine[] {
  const result = countLedger([header, ...rows], { year });
  if (!result.ok) throw new Error(result.error);
  return [...result.counted];
}

describe('answer deadlines (条例 第三十三条) on the official calendar', () => {
  it('knows 2024 to 2026 with their 调休 days', () => {
    expect([2024, 2025, 2026].map((year) => chineseWorkdays.covers(year))).toEqual([true, true, true]);
    expect(chineseWorkdays.isWorkday('2024-10-01')).toBe(false);
    expect(chineseWorkdays.isWorkday('2024-10-12')).toBe(true);
  });

  it('counts 20 working days after receipt across 国庆 and its 调休 Saturdays and Sundays', () => {
    // 9-23…27, 9-29 (调休), 9-30, 10-08…12 (10-12 调休), 10-14…18, 10-21…23 → the 20th is 10-23.
    expect(addWorkdays('2024-09-20', 20, chineseWorkdays)).toBe('2024-10-23');
    const weekendsOnly: WorkdayCalendar = { isWorkday: (iso) => ![0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay()), covers: () => true };
    expect(addWorkdays('2024-09-20', 20, weekendsOnly)).toBe('2024-10-18');
  });

  it('warns with the line number when an answer took more than 20 or 40 working days, or a line stays open too long', () => {
    const lines = counted([
      ['1', '2024-09-20', '自然人', '予以公开', '2024-10-23'],
      ['2', '2024-09-20', '自然人', '予以公开', '2024-10-24'],
      ['3', '2024-09-20', '自然人', '予以公开', '2024-12-02'],
      ['4', '2024-06-03', '自然人', null, null],
      ['5', '2024-12-20', '自然人', null, null],
    ]);
    const { warnings, unchecked } = checkDeadlines(lines, 2024, chineseWorkdays);
    expect(unchecked).toBe(0);
    expect(warnings.map((w) => w.row)).toEqual([3, 4, 5]);
    expect(warnings[0]?.problem).toContain('超过 20 个工作日（期限2024年10月23日）');
    expect(warnings[1]?.problem).toContain('超过了最长答复期限');
    expect(warnings[2]?.problem).toContain('至2024年底仍未答复');
  });

  it('says how many lines it could not check when the calendar lacks the year', () => {
    const lines = counted([['1', '2024-03-01', '自然人', '予以公开', '2024-03-05']]);
    const { warnings, unchecked } = checkDeadlines(lines, 2024, { isWorkday: () => true, covers: () => false });
    expect(warnings).toEqual([]);
    expect(unchecked).toBe(1);
  });
});

describe('checkCarriedOver', () => {
  it('compares 二、上年结转 counted from the ledger with last year’s 四, column by column', () => {
    const result = countLedger([header, ['1', '2023-12-01', '自然人', '予以公开', '2024-01-05']], { year: 2024 });
    if (!result.ok) throw new Error(result.error);
    expect(checkCarriedOver(result, { natural: 1, commercial: 0 })).toEqual([]);
    const messages = checkCarriedOver(result, { natural: 3, commercial: 1, research: null });
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('二、上年结转 自然人：台账中 2023 年及以前收到、计入本年的有 1 件，2023 年度报告的“四、结转下年度继续办理”为 3 件');
  });
});
