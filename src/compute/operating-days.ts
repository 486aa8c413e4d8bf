import type { Decimal } from 'decimal.js';

/**
 * Days a weekday service runs in a month: Monday to Friday, less the public holidays that fall on them
 * (substitute and lunar holidays included — the caller passes the year's holidays as `YYYY-MM-DD`).
 * January 2021: 21 weekdays less 1 January = 20; February 2021: 20 less 설날 11–12 = 18.
 */
export function operatingDays(year: number, month: number, holidays: ReadonlySet<string>): number {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  let count = 0;
  for (let day = 1; day <= days; day++) {
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    if (holidays.has(isoDate(year, month, day))) continue;
    count++;
  }
  return count;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Daily average = users ÷ operating days, exact; null when there were no operating days. Round where shown. */
export function dailyAverage(users: Decimal, days: number): Decimal | null {
  return days === 0 ? null : users.div(days);
}
