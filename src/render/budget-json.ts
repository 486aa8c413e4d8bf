import type { BudgetReport, BudgetRow } from '../compute/budget-report.js';
import type { ChangeRates } from '../compute/change.js';
import type { Ratio } from '../compute/ratio.js';
import type { SourceAmounts } from '../compute/source-amounts.js';
import { unitsText } from '../model/money.js';
import { plainDecimal } from './format.js';
import { CHANGE_RATE_PLACES, SHARE_PLACES } from './budget-sheets.js';

/**
 * The documented JSON of `budget`, as text: amounts as exact decimal strings in the dataset unit, every
 * source present in `bySource`; rates and shares rounded half-up as shown (1 and 4 decimals); indented by
 * two spaces, exactly as JSON.stringify(value, null, 2) lays it out.
 *
 * Written as text rather than built as objects and stringified: a national budget has 1,600 rows of ~60
 * values each, and the objects, their serialisation and the garbage they leave cost 0.15 s here. Figures
 * are digits, a point and a minus sign, so only ids and names need JSON escaping.
 */
export function budgetJsonText(report: BudgetReport): string {
  const rows = report.projects.map((p) => row(report, p, 2, `${PAD[3]}"id": ${JSON.stringify(p.id)},\n${PAD[3]}"name": ${JSON.stringify(p.name)},\n`));
  // Rows are projects, or organisations with --by org (then named `orgs`).
  const key = report.by === 'org' ? 'orgs' : 'projects';
  const list = rows.length === 0 ? '[]' : `[\n${PAD[2]}${rows.join(`,\n${PAD[2]}`)}\n${PAD[1]}]`;
  const sources = report.sources.length === 0 ? '[]' : `[\n${report.sources.map((s) => `${PAD[2]}${JSON.stringify(s)}`).join(',\n')}\n${PAD[1]}]`;
  return `{\n${PAD[1]}"year": ${report.year},\n${PAD[1]}"unit": ${JSON.stringify(report.unit)},\n${PAD[1]}"sources": ${sources},\n${PAD[1]}"${key}": ${list},\n${PAD[1]}"total": ${row(report, report.total, 1, '')}\n}\n`;
}

/** Indentation by depth. */
const PAD = Array.from({ length: 8 }, (_, d) => '  '.repeat(d));

/** One row at `depth`; `head` holds its id and name entries (none for the total). */
function row(report: BudgetReport, r: BudgetRow, depth: number, head: string): string {
  const p = PAD[depth + 1]!;
  const years = report.years.map((y) => `${PAD[depth + 2]}"${y}": ${amounts(r.years.get(y)!, depth + 2)}`);
  return (
    `{\n${head}${p}${figures(r.current, depth + 1)},\n` +
    `${p}"previous": ${r.previous ? amounts(r.previous, depth + 1) : 'null'},\n` +
    `${p}"change": ${r.change ? amounts(r.change, depth + 1) : 'null'},\n` +
    `${p}"changeRate": ${r.changeRate ? rates(r.changeRate, depth + 1) : 'null'},\n` +
    `${p}"cityShare": ${opt(r.cityShare, SHARE_PLACES)},\n` +
    `${p}"years": ${years.length === 0 ? '{}' : `{\n${years.join(',\n')}\n${p}}`},\n` +
    `${p}"allYears": ${amounts(r.allYears, depth + 1)}\n${PAD[depth]}}`
  );
}

/** `{ "amount", "bySource" }` at `depth`. */
function amounts(a: SourceAmounts, depth: number): string {
  return `{\n${PAD[depth + 1]}${figures(a, depth + 1)}\n${PAD[depth]}}`;
}

/** The entries `"amount": …, "bySource": {…}` at `depth`, from the integers when the sums have them. */
function figures(a: SourceAmounts, depth: number): string {
  const u = a.units;
  const [total, national, city, district] = u
    ? [unitsText(u.amount, u.scale), unitsText(u.bySource[0]!, u.scale), unitsText(u.bySource[1]!, u.scale), unitsText(u.bySource[2]!, u.scale)]
    : [plainDecimal(a.amount), plainDecimal(a.bySource.국비), plainDecimal(a.bySource.시비), plainDecimal(a.bySource.구비)];
  const p = PAD[depth + 1]!;
  return `"amount": "${total}",\n${PAD[depth]}"bySource": {\n${p}"국비": "${national}",\n${p}"시비": "${city}",\n${p}"구비": "${district}"\n${PAD[depth]}}`;
}

function rates(c: ChangeRates, depth: number): string {
  const p = PAD[depth + 1]!;
  const q = PAD[depth + 2]!;
  const at = (r: Ratio | null) => opt(r, CHANGE_RATE_PLACES);
  return `{\n${p}"amount": ${at(c.amount)},\n${p}"bySource": {\n${q}"국비": ${at(c.bySource.국비)},\n${q}"시비": ${at(c.bySource.시비)},\n${q}"구비": ${at(c.bySource.구비)}\n${p}}\n${PAD[depth]}}`;
}

function opt(v: Ratio | null, places: number): string {
  return v === null ? 'null' : `"${v.text(places)}"`;
}
