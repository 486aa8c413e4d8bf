import type { Decimal } from 'decimal.js';
import type { FacilityUsage, UsageMonth } from '../model/achievement.js';
import { roundBy, sum } from '../model/money.js';
import type { ServiceCalendar } from '../model/calendar.js';
import { dailyAverage, operatingDays } from './operating-days.js';

export interface UsageFigures {
  users: Decimal;
  operatingDays: number;
  /** Users ÷ operating days, exact; null without operating days. */
  dailyAverage: Decimal | null;
  /** Half-up to a whole person, as the department shows it. */
  shownAverage: Decimal | null;
}

export interface UsageMonthRow extends UsageFigures {
  year: number;
  month: number;
  source: UsageMonth;
}

export interface UsageReport {
  facility: string;
  months: UsageMonthRow[];
  /** Σ users ÷ Σ operating days over the months shown (not the mean of the monthly averages). */
  total: UsageFigures;
}

/**
 * A weekday service's monthly users with operating days and daily averages computed from the users and
 * the calendar — never from the printed averages, which stay claims to check. `holidays` holds each
 * year's public holidays (`YYYY-MM-DD`); the caller loads them, so this stays pure.
 */
export function usageReport(usage: FacilityUsage, months: UsageMonth[], holidays: ReadonlyMap<number, ReadonlySet<string>>, calendar?: ServiceCalendar): UsageReport {
  const rows = months.map((m) => {
    const days = holidays.get(m.year);
    if (!days) throw new Error(`holidays of ${m.year} not loaded`);
    return { year: m.year, month: m.month, source: m, ...figures(m.users.value, operatingDays(m.year, m.month, days, calendar)) };
  });
  return {
    facility: usage.facility,
    months: rows,
    total: figures(sum(rows.map((r) => r.users)), rows.reduce((n, r) => n + r.operatingDays, 0)),
  };
}

function figures(users: Decimal, days: number): UsageFigures {
  const avg = dailyAverage(users, days);
  return { users, operatingDays: days, dailyAverage: avg, shownAverage: avg === null ? null : roundBy(avg, 0, 'half-up') };
}
