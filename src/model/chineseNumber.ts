const digitValues: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  // The financial forms (大写), as some agencies write counts: 陆件.
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const unitValues: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 拾: 10, 佰: 100, 仟: 1000 };

/** Digits (ASCII or full-width) or a Chinese numeral below 万, as written in counts (十二, 两, 一百零五). */
export const numberSource = '[0-9０-９]+(?:\\.[0-9０-９]+)?|[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+';

/** The value of a count as written, or undefined when it is not a well-formed number. */
export function parseCount(written: string): number | undefined {
  const ascii = written.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+(\.\d+)?$/.test(ascii)) return Number(ascii);
  if (!/^[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+$/.test(written)) return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Number.POSITIVE_INFINITY;
  for (const char of written) {
    const unit = unitValues[char];
    if (unit !== undefined) {
      if (unit >= lastUnit) return undefined;
      total += (digit ?? (total === 0 && unit === 10 ? 1 : Number.NaN)) * unit;
      if (Number.isNaN(total)) return undefined;
      digit = undefined;
      lastUnit = unit;
    } else {
      if (digit !== undefined && digit !== 0) return undefined;
      digit = digitValues[char];
    }
  }
  return total + (digit ?? 0);
}

const dateDigits: Readonly<Record<string, number>> = { 〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * A year, month or day of a date as written: Arabic digits; 二〇二四 digit by digit; 十二, 二十六 with 十;
 * 元 for the first month. NaN when it is none of these.
 */
export function dateNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '元') return 1;
  if (text.includes('十')) {
    const [tens = '', units = ''] = text.split('十');
    return (tens === '' ? 1 : (dateDigits[tens] ?? Number.NaN)) * 10 + (units === '' ? 0 : (dateDigits[units] ?? Number.NaN));
  }
  return [...text].reduce((value, character) => value * 10 + (dateDigits[character] ?? Number.NaN), 0);
}
