import type { BudgetReport, BudgetRow } from '../compute/budget-report.js';
import type { ChangeRates } from '../compute/change.js';
import type { Ratio } from '../compute/ratio.js';
import { amountText, type SourceAmounts } from '../compute/source-amounts.js';
import { CHANGE_RATE_PLACES, SHARE_PLACES } from './budget-sheets.js';
import { JsonWriter, type Producer } from './json-writer.js';

/**
 * The documented JSON shape of `budget`, as UTF-8 bytes: amounts as exact decimal strings in the dataset
 * unit, every source present in `bySource`; rates and shares rounded half-up as shown (1 and 4 decimals).
 * Written straight into bytes as they are wanted (see JsonWriter): a national budget's object tree cost
 * more than the sums.
 */
export function budgetJson(report: BudgetReport): Producer {
  return (sink) => writeBudgetJson(report, new JsonWriter(sink));
}

function writeBudgetJson(report: BudgetReport, w: JsonWriter): void {
  w.open('{');
  w.number(report.year, 'year').string(report.unit, 'unit');
  w.open('[', 'sources');
  for (const s of report.sources) w.string(s);
  w.close();
  // Rows are projects, or organisations with --by org (then named `orgs`).
  w.open('[', report.by === 'org' ? 'orgs' : 'projects');
  for (const row of report.projects) writeRow(w.open('{'), report, row, true).close();
  w.close();
  writeRow(w.open('{', 'total'), report, report.total, false).close();
  w.close().finish();
}

function writeRow(w: JsonWriter, report: BudgetReport, r: BudgetRow, named: boolean): JsonWriter {
  if (named) w.string(r.id, 'id').string(r.name, 'name');
  writeAmounts(w, r.current);
  optional(w, r.previous, 'previous');
  optional(w, r.change, 'change');
  if (r.changeRate) writeRates(w.open('{', 'changeRate'), r.changeRate).close();
  else w.string(null, 'changeRate');
  // `cityShare` keeps its name: the upper source's share of upper + local (도비 ÷ (도비 + 군비) for a 군).
  w.string(opt(r.upperShare, SHARE_PLACES), 'cityShare');
  w.open('{', 'years');
  for (const y of report.years) writeAmounts(w.open('{', String(y)), r.years.get(y)!).close();
  w.close();
  return writeAmounts(w.open('{', 'allYears'), r.allYears).close();
}

function optional(w: JsonWriter, a: SourceAmounts | null, key: string): void {
  if (a) writeAmounts(w.open('{', key), a).close();
  else w.string(null, key);
}

function writeAmounts(w: JsonWriter, a: SourceAmounts): JsonWriter {
  figure(w, a, undefined, 'amount').open('{', 'bySource');
  a.sources.forEach((s, k) => figure(w, a, k, s));
  return w.close();
}

/** The total, or source k: from the integers when the sums have them (no Decimal, no string for the ~50,000 figures of a national budget). */
function figure(w: JsonWriter, a: SourceAmounts, k: number | undefined, key: string): JsonWriter {
  const u = a.units;
  if (u) return w.scaled(k === undefined ? u.amount : u.bySource[k]!, u.scale, key);
  return w.string(amountText(a, k), key);
}

function writeRates(w: JsonWriter, c: ChangeRates): JsonWriter {
  w.string(opt(c.amount, CHANGE_RATE_PLACES), 'amount').open('{', 'bySource');
  for (const [s, r] of Object.entries(c.bySource)) w.string(opt(r, CHANGE_RATE_PLACES), s);
  return w.close();
}

function opt(v: Ratio | null, places: number): string | null {
  return v === null ? null : v.text(places);
}
