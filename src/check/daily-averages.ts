import type { Decimal } from 'decimal.js';
import { dailyAverage, operatingDays } from '../compute/operating-days.js';
import type { Figure } from '../model/dataset.js';
import { roundBy, sum } from '../model/money.js';
import { Collector } from './collector.js';
import type { CheckContext, CheckRule } from './rule.js';

/**
 * A weekday service's printed daily average = users ÷ operating days (Monday–Friday less public holidays, as
 * the dataset's calendar may change), 반올림 to a whole person; the 계 row's average is all users ÷ all operating days of the months listed.
 * The 계 row's users = Σ months is checked too.
 */
export const dailyAverages: CheckRule = (dataset, ctx) => {
  const out = new Collector();
  for (const f of dataset.usage) {
    const project = f.project !== undefined ? { project: f.project } : {};
    let allDays = 0;
    for (const m of f.months) {
      const days = operatingDays(m.year, m.month, holidaysOf(ctx, m.year), dataset.calendar);
      allDays += days;
      if (m.statedAverage) compareAverage(out, m.statedAverage, m.users.value, days, { name: f.facility, month: `${m.year}-${String(m.month).padStart(2, '0')}`, days: String(days) }, project);
    }
    if (!f.stated) continue;
    const users = sum(f.months.map((m) => m.users.value));
    if (f.stated.users) {
      out.compare({ code: 'usage-total', severity: 'error', at: f.stated.users.at, stated: f.stated.users.value, expected: users, params: { name: f.facility }, ...project });
    }
    if (f.stated.average) compareAverage(out, f.stated.average, users, allDays, { name: f.facility, month: '계', days: String(allDays) }, project);
  }
  return out.result();
};

function compareAverage(out: Collector, stated: Figure, users: Decimal, days: number, params: Record<string, string>, project: { project?: string }): void {
  const avg = dailyAverage(users, days);
  if (avg === null) return;
  out.compare({ code: 'daily-average', severity: 'error', at: stated.at, stated: stated.value, expected: roundBy(avg, 0, 'half-up'), params, ...project });
}

/** The command loads the holidays of every year the usage covers before checks run (checks do no I/O). */
function holidaysOf(ctx: CheckContext, year: number): ReadonlySet<string> {
  const set = ctx.holidays.get(year);
  if (!set) throw new Error(`holidays for ${year} not loaded`);
  return set;
}
