import type { Decimal } from 'decimal.js';
import type { AchievementReport } from '../compute/achievement-report.js';
import type { IndicatorRow } from '../compute/indicator-rows.js';
import type { UsageFigures } from '../compute/usage-report.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import { GROUP_SHARE_PLACES, monthLabel } from './achievement-sheets.js';
import { plainDecimal } from './format.js';

/** Exact rates in JSON: six decimals, half-up (10,349 / 8,900 × 100 → 116.280899). */
const EXACT_PLACES = 6;

/**
 * The documented JSON shape of `achievement`: counts as exact decimal strings; `rate` as the dataset rule
 * shows it, `rateExact` to six decimals; `status` in the department's words (달성, 미달, …); `note` says
 * what a result covers when it is not a final full-year figure. Rows without a rate are listed in `warnings`.
 * Targets of several organisations add `by`, `orgs` (asked for; null for all) and `orgCount`, and each row
 * its `org` (by org) or `summed` (how many organisations it adds).
 */
export function achievementJson(report: AchievementReport, lang: Lang): unknown {
  return {
    year: report.year,
    // Only for targets that name organisations: the bundled single-division shape stays as it was.
    ...(report.scope ? { by: report.scope.by, orgs: report.scope.asked, orgCount: report.scope.count } : {}),
    rules: { rateRounding: report.rules.rateRounding, rateDecimals: report.rules.rateDecimals },
    indicators: report.indicators.map((r) => indicatorJson(r, report.rules.rateDecimals)),
    warnings: report.indicators
      .filter((r) => r.warning !== null)
      .map((r) => ({
        code: r.warning,
        ...(r.indicator.org !== undefined ? { org: r.indicator.org } : {}),
        id: r.indicator.id,
        year: r.indicator.year,
        message: t(lang, `ach.${r.warning!}`, { indicator: r.indicator.org !== undefined ? `${r.indicator.org} ${r.indicator.name}` : r.indicator.name, year: r.indicator.year }),
      })),
    breakdowns: [
      ...report.groups.map((g) => ({
        kind: 'target-groups',
        year: g.year,
        heading: g.heading,
        total: plainDecimal(g.total),
        statedTotal: g.statedTotal === null ? null : plainDecimal(g.statedTotal.value),
        groups: g.groups.map((row) => ({ name: row.name, target: plainDecimal(row.target), share: opt(row.share, GROUP_SHARE_PLACES) })),
      })),
      ...report.halfYears.map((h) => ({
        kind: 'half-year',
        title: h.title,
        asOf: h.asOf ?? null,
        halves: h.halves,
        measures: h.measures,
        rows: h.rows.map((r) => ({
          label: r.label,
          // A list, not an object keyed by the printed labels: the labels are user text.
          values: h.halves.flatMap((half, i) =>
            h.measures.map((measure, j) => ({ half, measure, value: opt(r.values[i * h.measures.length + j]?.value ?? null) })),
          ),
        })),
      })),
    ],
    usage: report.usage.flatMap((u) => u.months.map((m) => ({ name: u.facility, month: monthLabel(m.year, m.month), ...usageFigures(m) }))),
    usageTotals: report.usage.map((u) => ({ name: u.facility, from: first(u), to: last(u), ...usageFigures(u.total) })),
  };
}

function indicatorJson(r: IndicatorRow, decimals: number): unknown {
  const i = r.indicator;
  return {
    ...(i.org !== undefined ? { org: i.org } : {}),
    id: i.id,
    name: i.name,
    unit: i.unit,
    year: i.year,
    target: i.target === null ? null : plainDecimal(i.target.value),
    result: i.result === null ? null : plainDecimal(i.result.value),
    rate: opt(r.shownRate, decimals),
    rateExact: opt(r.rate, EXACT_PLACES),
    difference: opt(r.difference),
    status: r.status === null ? null : t('ko', `ach.status.${r.status}`),
    resultKind: r.kind,
    note: i.basis,
    remark: i.note,
    // A row summing organisations: how many, and how many stated no target or result (left out of the sums).
    ...(i.summed ? { summed: i.summed } : {}),
  };
}

function usageFigures(f: UsageFigures): Record<string, string | number | null> {
  return { users: plainDecimal(f.users), operatingDays: f.operatingDays, dailyAverage: opt(f.shownAverage), dailyAverageExact: opt(f.dailyAverage, EXACT_PLACES) };
}

function first(u: AchievementReport['usage'][number]): string | null {
  const m = u.months[0];
  return m ? monthLabel(m.year, m.month) : null;
}

function last(u: AchievementReport['usage'][number]): string | null {
  const m = u.months[u.months.length - 1];
  return m ? monthLabel(m.year, m.month) : null;
}

function opt(v: Decimal | null, places?: number): string | null {
  return v === null ? null : plainDecimal(v, places);
}
