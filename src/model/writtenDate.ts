import { isoDate, isValidIsoDate } from './dates.ts';

const digitOf: Readonly<Record<string, number>> = { 〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

// 二〇二四 digit by digit; 十二, 二十六 with 十; 元 for the first month.
function numberOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '元') return 1;
  if (text.includes('十')) {
    const [tens = '', units = ''] = text.split('十');
    return (tens === '' ? 1 : (digitOf[tens] ?? Number.NaN)) * 10 + (units === '' ? 0 : (digitOf[units] ?? Number.NaN));
  }
  return [...text].reduce((value, character) => value * 10 + (digitOf[character] ?? Number.NaN), 0);
}

const datePattern = /^((?:19|20)\d{2}|[〇零O一二三四五六七八九]{4})年(元|\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十]{1,3})日$/;

export type WrittenDate = { readonly iso: string; readonly irregular: boolean; readonly written: string };

/**
 * A 成文日期 as written (2024年元月6日, 2024年01月06日, 二〇二四年一月六日) → its ISO date and whether the
 * writing breaks GB/T 9704 §7.3.5.4 (Arabic numerals, no 元月, no zero padding). Undefined when not a date.
 */
export function readWrittenDate(text: string): WrittenDate | undefined {
  const written = text.normalize('NFKC').replace(/\s+/g, '');
  const match = datePattern.exec(written);
  if (!match) return undefined;
  const [, yearText = '', monthText = '', dayText = ''] = match;
  const iso = isoDate(numberOf(yearText), numberOf(monthText), numberOf(dayText));
  if (!isValidIsoDate(iso)) return undefined;
  const arabic = [yearText, monthText, dayText].every((part) => /^\d+$/.test(part));
  const irregular = !arabic || /^0/.test(monthText) || /^0/.test(dayText);
  return { iso, irregular, written };
}
