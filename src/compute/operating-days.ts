import type { Decimal } from 'decimal.js';
import { isoDate, WEEKDAY_SERVICE, type ServiceCalendar } from '../model/calendar.js';

/**
 * Days a service runs in a month: the weekdays it serves (Monday to Friday unless the dataset's calendar
 * says otherwise), less the public holidays that fall on them (substitute and lunar holidays included —
 * the caller passes the year's holidays as `YYYY-MM-DD`) and the dates the calendar removes, plus the
 * dates it adds. January 2021: 21 weekdays less 1 January = 20; February 2021: 20 less 설날 11–12 = 18.
 */
export function operatingDays(year: number, month: number, holidays: ReadonlySet<string>, calendar: ServiceCalendar = WEEKDAY_SERVICE): number {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  let count = 0;
  for (let day = 1; day <= days; day++) {
    const date = isoDate(year, month, day);
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    const served = calendar.weekdays.has(weekday) && !holidays.has(date) && !calendar.removed.has(date);
    if (served || calendar.added.has(date)) count++;
  }
  return count;
}

/** Daily average = users ÷ operating days, exact; null when there were no operating days. Round where shown. */
export function dailyAverage(users: Decimal, days: number): Decimal | null {
  return days === 0 ? null : users.div(days);
}
