import type { BudgetReport, BudgetRow } from '../compute/budget-report.js';
import type { ChangeRates } from '../compute/change.js';
import type { Ratio } from '../compute/ratio.js';
import { amountText, type SourceAmounts } from '../compute/source-amounts.js';
import { CHANGE_RATE_PLACES, SHARE_PLACES } from './budget-sheets.js';

/**
 * The documented JSON shape of `budget`: amounts as exact decimal strings in the dataset unit, every
 * source present in `bySource`; rates and shares rounded half-up as shown (1 and 4 decimals).
 */
export function budgetJson(report: BudgetReport): unknown {
  return {
    year: report.year,
    unit: report.unit,
    sources: [...report.sources],
    // Rows are projects, or organisations with --by org (then named `orgs`).
    [report.by === 'org' ? 'orgs' : 'projects']: report.projects.map((p) => rowJson(report, p, { id: p.id, name: p.name })),
    total: rowJson(report, report.total, {}),
  };
}

function rowJson(report: BudgetReport, r: BudgetRow, head: Record<string, string>): unknown {
  const years: Record<string, unknown> = {};
  for (const y of report.years) years[String(y)] = amounts(r.years.get(y)!);
  return {
    ...head,
    ...amounts(r.current),
    previous: r.previous ? amounts(r.previous) : null,
    change: r.change ? amounts(r.change) : null,
    changeRate: r.changeRate ? rates(r.changeRate) : null,
    cityShare: opt(r.cityShare, SHARE_PLACES),
    years,
    allYears: amounts(r.allYears),
  };
}

function amounts(a: SourceAmounts): { amount: string; bySource: Record<string, string> } {
  // From the integers when the sums have them: no Decimal for the ~40,000 figures of a national budget.
  return { amount: amountText(a), bySource: { 국비: amountText(a, 0), 시비: amountText(a, 1), 구비: amountText(a, 2) } };
}

function rates(c: ChangeRates): { amount: string | null; bySource: Record<string, string | null> } {
  return {
    amount: opt(c.amount, CHANGE_RATE_PLACES),
    bySource: { 국비: opt(c.bySource.국비, CHANGE_RATE_PLACES), 시비: opt(c.bySource.시비, CHANGE_RATE_PLACES), 구비: opt(c.bySource.구비, CHANGE_RATE_PLACES) },
  };
}

function opt(v: Ratio | null, places: number): string | null {
  return v === null ? null : v.text(places);
}
