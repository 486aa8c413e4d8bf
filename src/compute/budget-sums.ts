import type { Decimal } from 'decimal.js';
import type { BudgetLines } from '../model/budget-lines.js';
import { Dec, fromUnits } from '../model/money.js';
import { emptyAmounts, UnitAmounts, type SourceAmounts } from './source-amounts.js';

/** How lines are grouped into rows: by project (the department's table) or by organisation. */
export type GroupBy = 'project' | 'org';

/** Groupings beyond the report's rows: one group per organisation and project pair (the report's 기관별 sheet). */
export type Grouping = GroupBy | 'org-project';

export interface BudgetSums {
  /** Group indices into `lines.projects` or `lines.orgs` (or pair numbers, see Grouping), in order of first appearance. */
  groups: number[];
  years: number[];
  /** Per group (index into `groups`), per year: the amounts by source. */
  amounts(group: number, year: number): SourceAmounts;
  /** Σ over every year (the 합계 column). */
  allYears(group: number): SourceAmounts;
  /** The year's amounts less the year before's (증감). */
  change(group: number, year: number): SourceAmounts;
  /** Whether any line exists for the group and year (a year absent from the data has no "previous"). */
  present(group: number, year: number): boolean;
  /** Every group's sums as one group (group 0, absent when no line was kept): the total row. */
  total(): BudgetSums;
}

/**
 * Exact sums per (group, source, year) cell: integers in smallest units while they stay below 2^53, the
 * excess of a cell that passed it in `spill` (a cell's sum is acc + spill), and which (group, year) had lines.
 */
interface Cells {
  acc: Float64Array;
  spill: Map<number, Decimal>;
  seen: Uint8Array;
}

/** The cell of group g (a cell row), source k and year offset y (year − first year) in `acc`: the one layout of the cells. */
function slotOf(g: number, k: number, y: number, span: number, width: number): number {
  return (g * width + k) * span + y;
}

/** Adds u to a cell exactly: in the integer while it stays safe, else into the cell's Decimal spill. */
function addExact(cells: Cells, slot: number, u: number): void {
  const next = cells.acc[slot]! + u;
  if (Number.isSafeInteger(next)) {
    cells.acc[slot] = next;
    return;
  }
  const { spill } = cells;
  spill.set(slot, (spill.get(slot) ?? new Dec(0)).plus(cells.acc[slot]!).plus(u));
  cells.acc[slot] = 0;
}

/**
 * Sums budget lines by group, source and year. The hot loop adds exact integers in the dataset's smallest
 * unit (원); a running sum that would pass 2^53, or a line too large to be an integer there, spills into a
 * Decimal for its cell, so every total stays exact. `keepOrg` filters organisations (null keeps all).
 */
export function sumBudget(lines: BudgetLines, by: Grouping, keepOrg: Uint8Array | null): BudgetSums {
  const years = lines.years();
  const firstYear = years[0] ?? 0;
  const span = years.length === 0 ? 0 : years[years.length - 1]! - firstYear + 1;
  const pairs = by === 'org-project' ? pairKeys(lines) : null;
  const key = by === 'project' ? lines.project : by === 'org' ? lines.org : pairs!.key;
  const groupCount = by === 'project' ? lines.projects.length : by === 'org' ? lines.orgs.length : pairs!.numbers.length;
  const sources = lines.sources.length;
  const cells: Cells = { acc: new Float64Array(groupCount * sources * span), spill: new Map(), seen: new Uint8Array(groupCount * span) };
  const { acc, seen, spill } = cells;
  const order: number[] = [];
  const listed = new Uint8Array(groupCount);
  const { units, source, year, org, big } = lines;

  for (let i = 0; i < lines.length; i++) {
    if (keepOrg !== null && keepOrg[org[i]!] === 0) continue;
    const g = key[i]!;
    if (listed[g] === 0) {
      listed[g] = 1;
      order.push(g);
    }
    const y = year[i]! - firstYear;
    seen[g * span + y] = 1;
    const slot = slotOf(g, source[i]!, y, span, sources);
    const u = units[i]!;
    if (Number.isNaN(u)) {
      spill.set(slot, (spill.get(slot) ?? new Dec(0)).plus(big.get(i)!.times(lines.scale)));
      continue;
    }
    const next = acc[slot]! + u;
    if (Number.isSafeInteger(next)) acc[slot] = next;
    else addExact(cells, slot, u);
  }
  return view(lines.scale, lines.sources.names, years, span, cells, order, pairs ? order.map((g) => pairs.numbers[g]!) : order);
}

/** The sums of the groups in `order` as one group: a few thousand cell additions instead of a second pass over the lines. */
function foldGroups(cells: Cells, order: readonly number[], span: number, sources: number): Cells {
  const width = sources * span;
  const out: Cells = { acc: new Float64Array(width), spill: new Map(), seen: new Uint8Array(span) };
  const { acc, seen, spill } = cells;
  const total = out.acc;
  for (const g of order) {
    for (let c = 0; c < width; c++) {
      const slot = g * width + c;
      // Inline while exact (this runs cold, once per cell); addExact when the sum would pass 2^53.
      const next = total[c]! + acc[slot]!;
      if (Number.isSafeInteger(next)) total[c] = next;
      else addExact(out, c, acc[slot]!);
      const extra = spill.size === 0 ? undefined : spill.get(slot);
      if (extra) out.spill.set(c, (out.spill.get(c) ?? new Dec(0)).plus(extra));
    }
    for (let y = 0; y < span; y++) out.seen[y] = out.seen[y]! | seen[g * span + y]!;
  }
  return out;
}

/** Answers a BudgetSums from its cells: `order` lists the groups with lines (cell indices), `groups` what they are called. */
function view(scale: number, names: readonly string[], years: number[], span: number, cells: Cells, order: number[], groups: number[]): BudgetSums {
  const firstYear = years[0] ?? 0;
  const { acc, spill, seen } = cells;
  const inSpan = (y: number): boolean => y >= firstYear && y - firstYear < span;

  /**
   * Σ sign × amount over the given years, by source, for one group: in integers while they stay exact,
   * else in Decimal. One place for a year's amounts, all years (합계) and a change (증감), so the report
   * makes a Decimal per figure shown instead of adding Decimals.
   */
  const combined = (g: number, terms: readonly (readonly [number, number])[]): SourceAmounts => {
    const group = order[g]!;
    const parts: number[] = [];
    const bigParts: (Decimal | undefined)[] = [];
    let total = 0;
    let overflow = false;
    for (let k = 0; k < names.length; k++) {
      let units = 0;
      let big: Decimal | undefined;
      for (const [y, sign] of terms) {
        if (!inSpan(y)) continue;
        const slot = slotOf(group, k, y - firstYear, span, names.length);
        const extra = spill.size === 0 ? undefined : spill.get(slot);
        if (extra) big = (big ?? new Dec(0)).plus(extra.times(sign));
        const next = units + sign * acc[slot]!;
        if (Number.isSafeInteger(next)) units = next;
        else {
          big = (big ?? new Dec(0)).plus(units).plus(sign * acc[slot]!);
          units = 0;
        }
      }
      parts.push(units);
      bigParts.push(big);
      total += units;
      if (big || !Number.isSafeInteger(total)) overflow = true;
    }
    if (!overflow) return new UnitAmounts({ scale, amount: total, bySource: parts }, names);
    // Past 2^53 units somewhere: every figure of this cell in Decimal.
    const out = emptyAmounts(names);
    names.forEach((s, k) => {
      const big = bigParts[k];
      out.bySource[s] = big ? big.plus(parts[k]!).div(scale) : fromUnits(parts[k]!, scale);
    });
    out.amount = names.reduce((sum, s) => sum.plus(out.bySource[s]!), new Dec(0));
    return out;
  };

  const everyYear = years.map((y) => [y, 1] as const);
  return {
    groups,
    years,
    present: (g, y) => inSpan(y) && seen[order[g]! * span + (y - firstYear)] === 1,
    amounts: (g, y) => combined(g, [[y, 1]]),
    allYears: (g) => combined(g, everyYear),
    change: (g, y) =>
      combined(g, [
        [y, 1],
        [y - 1, -1],
      ]),
    total: () => view(scale, names, years, span, foldGroups(cells, order, span, names.length), order.length > 0 ? [0] : [], order.length > 0 ? [0] : []),
  };
}

/**
 * A dense key per line for its (organisation, project) pair, in order of first appearance, and each key's
 * pair number (org × projects + project): ~36,000 pairs of a national dataset, so the sums take 36,000
 * slots instead of orgs × projects. The pair-to-key table is orgs × projects Int32s for the duration
 * (1.5 MB nationally; a Map took 40–100 ms more here), like the loader's duplicate check.
 */
function pairKeys(lines: BudgetLines): { key: Int32Array; numbers: number[] } {
  const key = new Int32Array(lines.length);
  const numbers: number[] = [];
  const width = lines.projects.length;
  const ids = new Int32Array(lines.orgs.length * width).fill(-1);
  for (let i = 0; i < lines.length; i++) {
    const pair = lines.org[i]! * width + lines.project[i]!;
    let id = ids[pair]!;
    if (id < 0) {
      id = numbers.push(pair) - 1;
      ids[pair] = id;
    }
    key[i] = id;
  }
  return { key, numbers };
}
