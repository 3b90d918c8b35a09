import { dateNumber } from './chineseNumber.ts';
import { isoDate, isValidIsoDate } from './dates.ts';

const datePattern = /^((?:19|20)\d{2}|[〇零O一二三四五六七八九]{4})年(元|\d{1,2}|[一二三四五六七八九十]{1,2})月(\d{1,2}|[一二三四五六七八九十]{1,3})日$/;

/** A date as written, spaces removed, with its ISO date and the year, month and day as they were written. */
export type WrittenDateParts = {
  readonly iso: string;
  readonly written: string;
  readonly yearText: string;
  readonly monthText: string;
  readonly dayText: string;
};

/** 2024年元月6日, 2024年01月06日, 二〇二四年一月六日 → its parts; undefined when it is not a real date. */
export function writtenDateParts(text: string): WrittenDateParts | undefined {
  const written = text.normalize('NFKC').replace(/\s+/g, '');
  const match = datePattern.exec(written);
  if (!match) return undefined;
  const [, yearText = '', monthText = '', dayText = ''] = match;
  const iso = isoDate(dateNumber(yearText), dateNumber(monthText), dateNumber(dayText));
  return isValidIsoDate(iso) ? { iso, written, yearText, monthText, dayText } : undefined;
}

export type WrittenDate = { readonly iso: string; readonly irregular: boolean; readonly written: string };

/**
 * A 成文日期 as written (2024年元月6日, 2024年01月06日, 二〇二四年一月六日) → its ISO date and whether the
 * writing breaks GB/T 9704 §7.3.5.4 (Arabic numerals, no 元月, no zero padding). Undefined when not a date.
 */
export function readWrittenDate(text: string): WrittenDate | undefined {
  const parts = writtenDateParts(text);
  if (!parts) return undefined;
  const { iso, written, yearText, monthText, dayText } = parts;
  const arabic = [yearText, monthText, dayText].every((part) => /^\d+$/.test(part));
  const irregular = !arabic || /^0/.test(monthText) || /^0/.test(dayText);
  return { iso, irregular, written };
}
