import { isValidIsoDate } from '../model/dates.ts';

// 2022-01-20 10:32, 2022/1/20, 2022.01.20, 2022年01月20日, 20220120 — as content systems print a date of publication.
const datePattern = /((?:19|20)\d{2})\s*(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})|(\d{2})(\d{2})(?!\d))/;

/** The first date in a text of publication (a meta value, a 发布时间 line) → ISO date; undefined if none is valid. */
export function readPublishedDate(text: string): string | undefined {
  const match = datePattern.exec(text.normalize('NFKC'));
  if (!match) return undefined;
  const [, year = '', month = match[4] ?? '', day = match[5] ?? ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : undefined;
}
