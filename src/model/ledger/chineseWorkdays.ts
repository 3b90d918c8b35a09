import chineseDays from 'chinese-days';
import type { WorkdayCalendar } from './answerDeadlines.ts';

// The chinese-days package ships the State Council's 放假调休 notices year by year; a year it lacks has no holidays.
const covered = new Map<number, boolean>();

/** The official working-day calendar (法定节假日 and 调休) from the chinese-days package. */
export const chineseWorkdays: WorkdayCalendar = {
  isWorkday: (iso) => chineseDays.isWorkday(iso),
  covers(year) {
    let known = covered.get(year);
    if (known === undefined) {
      known = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
      covered.set(year, known);
    }
    return known;
  },
};
