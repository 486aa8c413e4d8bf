import type { BudgetLines } from '../model/budget-lines.js';
import type { Dataset } from '../model/dataset.js';
import { SOURCES } from '../model/dataset.js';
import { unitsText } from '../model/money.js';
import { sumBudget, type BudgetSums, type Grouping } from './budget-sums.js';

/**
 * One row of a long budget table (the report's 사업별 and 기관별 sheets). Figures are exact decimal text in
 * the dataset unit, made from the integer sums without a Decimal each: a national dataset has ~36,000
 * organisation × project rows, and a Decimal per figure would cost more than writing the whole sheet.
 */
export interface FigureRow {
  /** The organisation ('' in the per-project table). */
  org: string;
  /** The project's number and name. */
  id: string;
  name: string;
  /** The year's 계, then each source in SOURCES order. */
  current: string[];
  /** The year before's 계: 0 when the row has no line that year, as the report's 요약 shows it. */
  previous: string;
  /** 증감 = 계 − previous. */
  change: string;
  /** 증감률 as a fraction (the cell's value, shown as a percentage); null when previous is 0. */
  rate: number | null;
}

export interface BudgetTables {
  /** One row per project, summed across the organisations kept, in the department's order. */
  projects: FigureRow[];
  /** One row per organisation and project, organisations in the data's order, then projects as above. */
  pairs: FigureRow[];
}

/** The year's per-project and per-organisation-and-project tables of the organisations kept (all when `orgs` is absent). */
export function budgetTables(dataset: Dataset, year: number, orgs?: readonly string[]): BudgetTables {
  const lines = dataset.budget;
  const keep = orgs ? orgMask(lines, orgs) : null;
  const names = new Map(dataset.projects.map((p) => [p.id, p.name]));
  // The department's order (사업목록) first, then projects the list does not name, as they came.
  const listed = dataset.projects.length;
  const rank = new Map(dataset.projects.map((p, i) => [p.id, i]));
  const projectRank = Int32Array.from(lines.projects, (id) => rank.get(id) ?? listed);
  const width = lines.projects.length;
  // Organisations in the order they first appear (index into lines.orgs → position).
  const orgRank = new Int32Array(lines.orgs.length).fill(-1);
  let orgsSeen = 0;
  /**
   * The rows of one grouping in their order, sorted as group numbers before any row is made (36,000 rows:
   * one number per row to compare, no lookups); ties keep the data's order.
   */
  const table = (by: Grouping, org: (group: number) => number, project: (group: number) => number): FigureRow[] => {
    const sums = sumBudget(lines, by, keep);
    const keys = sums.groups.map((group) => {
      const o = org(group);
      if (orgRank[o] === -1) orgRank[o] = orgsSeen++;
      return orgRank[o]! * (listed + 1) + projectRank[project(group)]!;
    });
    const order = keys.map((_, g) => g).sort((a, b) => keys[a]! - keys[b]! || a - b);
    return order.map((g) => {
      const group = sums.groups[g]!;
      const id = lines.projects[project(group)]!;
      return figureRow(sums, g, year, lines.scale, lines.orgs[org(group)]!, id, names.get(id) ?? id);
    });
  };
  const projects = table('project', () => 0, (p) => p);
  orgRank.fill(-1);
  orgsSeen = 0;
  const pairs = table('org-project', (pair) => Math.floor(pair / width), (pair) => pair % width);
  return { projects, pairs };
}

/** Which organisations (by index into `lines.orgs`) to keep, from their names. */
function orgMask(lines: BudgetLines, orgs: readonly string[]): Uint8Array {
  const wanted = new Set(orgs.map((o) => o.normalize('NFC')));
  return Uint8Array.from(lines.orgs, (name) => (wanted.has(name) ? 1 : 0));
}

/**
 * A row's figures from exact integer sums in smallest units. A sum past 2^53 (never in a real budget)
 * takes the Decimal path of BudgetSums instead, so every figure stays exact either way.
 */
function figureRow(sums: BudgetSums, g: number, year: number, scale: number, org: string, id: string, name: string): FigureRow {
  const current = new Array<string>(1 + SOURCES.length);
  let now = 0;
  let before = 0;
  let exact = true;
  for (let k = 0; k < SOURCES.length && exact; k++) {
    const a = sums.units(g, year, k);
    const b = sums.units(g, year - 1, k);
    if (a === null || b === null) exact = false;
    else {
      current[1 + k] = unitsText(a, scale);
      now += a;
      before += b;
    }
  }
  if (exact && Number.isSafeInteger(now) && Number.isSafeInteger(before) && Number.isSafeInteger(now - before)) {
    const change = now - before;
    current[0] = unitsText(now, scale);
    return {
      org,
      id,
      name,
      current,
      previous: unitsText(before, scale),
      change: unitsText(change, scale),
      // Both are exact integers, and IEEE division rounds correctly: this is the double nearest the exact
      // ratio, the same (or a nearer) value than a Decimal quotient converted for the cell.
      rate: before === 0 ? null : change / before,
    };
  }
  const a = sums.amounts(g, year);
  const p = sums.amounts(g, year - 1).amount;
  const change = a.amount.minus(p);
  return {
    org,
    id,
    name,
    current: [a.amount, ...SOURCES.map((s) => a.bySource[s])].map((d) => d.toFixed()),
    previous: p.toFixed(),
    change: change.toFixed(),
    rate: p.isZero() ? null : change.div(p).toNumber(),
  };
}
