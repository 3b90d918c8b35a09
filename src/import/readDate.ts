const digitsOf: Readonly<Record<string, string>> = { 〇: '0', 零: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

// 二〇二五年一月二十日: numerals written in Chinese characters.
function chineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '元') return 1;
  if (text.includes('十')) {
    const [tens = '', units = ''] = text.split('十');
    return (tens === '' ? 1 : Number(digitsOf[tens] ?? Number.NaN)) * 10 + (units === '' ? 0 : Number(digitsOf[units] ?? Number.NaN));
  }
  return Number([...text].map((c) => digitsOf[c] ?? 'x').join(''));
}

const datePattern = /^((?:19|20)\d{2}|[〇零O一二三四五六七八九]{4})\s*年\s*(元|\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/;

/** A line that is only a date (成文日期) → ISO date; undefined when it is not a valid date. */
export function readDate(line: string): { iso: string; irregular: boolean } | undefined {
  const match = datePattern.exec(line.normalize('NFKC').replace(/\s+/g, '').trim());
  if (!match) return undefined;
  const [, yearText = '', monthText = '', dayText = ''] = match;
  const year = chineseNumber(yearText);
  const month = chineseNumber(monthText);
  const day = chineseNumber(dayText);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, irregular: monthText === '元' || /^0/.test(monthText) || /^0/.test(dayText) };
}
