/**
 * A dataset's own service calendar (calendar.csv / 달력), over the public-holiday package: the weekdays a
 * service runs (0 = Sunday … 6 = Saturday), and dates added as operating days (a Saturday service) or
 * removed (a local closure, a holiday newer than the package), as `YYYY-MM-DD`.
 */
export interface ServiceCalendar {
  weekdays: ReadonlySet<number>;
  added: ReadonlySet<string>;
  removed: ReadonlySet<string>;
}

/** Without a calendar: Monday to Friday, nothing added or removed (the department's weekday service). */
export const WEEKDAY_SERVICE: ServiceCalendar = { weekdays: new Set([1, 2, 3, 4, 5]), added: new Set(), removed: new Set() };

/** A date as the holiday package and calendars write it: `YYYY-MM-DD`. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
