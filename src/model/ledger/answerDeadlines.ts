import type { CountedLine } from './countLedger.ts';
import { yearOf } from './ledgerDate.ts';

/** Working days per the official calendar (法定节假日 and 调休), and which years it knows. */
export type WorkdayCalendar = { readonly isWorkday: (iso: string) => boolean; readonly covers: (year: number) => boolean };

/** A line to check by hand: counted as it is, but something about it looks wrong. */
export type LedgerWarning = { readonly row: number; readonly number: string; readonly problem: string };

// 条例 第三十三条: answer within 20 working days of receipt; extendable once by at most 20 more.
const answerDays = 20;
const extensionDays = 20;
const dayMs = 86_400_000;

const nextDay = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);

/** The last day of the `count`-th working day after `from` (the day of receipt itself is not counted). */
export function addWorkdays(from: string, count: number, calendar: WorkdayCalendar): string {
  let day = from;
  for (let left = count; left > 0;) {
    day = nextDay(day);
    if (calendar.isWorkday(day)) left -= 1;
  }
  return day;
}

const format = (iso: string) => `${yearOf(iso)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/**
 * Answer deadlines of the counted lines: answered after 20 working days (extended?) or after 40 (late), or still
 * open at the end of the year after 40. Warnings only: 补正 and 第三方意见 time do not count and are not in the ledger.
 */
export function checkDeadlines(lines: readonly CountedLine[], year: number, calendar: WorkdayCalendar): { warnings: LedgerWarning[]; unchecked: number } {
  const warnings: LedgerWarning[] = [];
  let unchecked = 0;
  const endOfYear = `${year}-12-31`;
  for (const line of lines) {
    const latestDay = line.answeredOn ?? endOfYear;
    if (!calendar.covers(yearOf(line.receivedOn)) || !calendar.covers(yearOf(latestDay))) {
      unchecked += 1;
      continue;
    }
    const due = addWorkdays(line.receivedOn, answerDays, calendar);
    const extended = addWorkdays(due, extensionDays, calendar);
    const base = { row: line.row, number: line.number };
    if (line.answeredOn && line.answeredOn > extended) {
      warnings.push({ ...base, problem: `${format(line.answeredOn)}答复，超过了最长答复期限（收到后 20 个工作日为${format(due)}，延长后最迟${format(extended)}）；请核对是否有补正、征求第三方意见等不计入期限的时间。` });
    } else if (line.answeredOn && line.answeredOn > due) {
      warnings.push({ ...base, problem: `${format(line.answeredOn)}答复，超过 20 个工作日（期限${format(due)}）；如已依法延长答复期限（最长 20 个工作日，最迟${format(extended)}），请确认已告知申请人。` });
    } else if (!line.answeredOn && extended < endOfYear) {
      warnings.push({ ...base, problem: `至${year}年底仍未答复，已超过最长答复期限（${format(extended)}）；请核对是否已答复而台账漏记答复日期。` });
    }
  }
  return { warnings, unchecked };
}
