import { writtenDateParts } from '../model/writtenDate.ts';

/**
 * A line that is only a date (成文日期) → ISO date; undefined when it is not a valid date. `irregular`: written
 * with 元月 or zero padding (a date in Chinese numerals, 二〇二五年一月二十日, is read as regular here).
 */
export function readDate(line: string): { iso: string; irregular: boolean } | undefined {
  const parts = writtenDateParts(line);
  if (!parts) return undefined;
  const { iso, monthText, dayText } = parts;
  return { iso, irregular: monthText === '元' || /^0/.test(monthText) || /^0/.test(dayText) };
}
