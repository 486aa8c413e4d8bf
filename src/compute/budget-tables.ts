import type { Dataset } from '../model/dataset.js';
import { sumBudget, type BudgetSums, type Grouping } from './budget-sums.js';
import { totalChangeRate } from './change.js';
import { amountText } from './source-amounts.js';

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
  /** The year's 계, then each declared source in order. */
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
  const keep = orgs ? lines.orgMask(orgs) : null;
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
      return figureRow(sums, g, year, lines.orgs[org(group)]!, id, names.get(id) ?? id);
    });
  };
  const projects = table('project', () => 0, (p) => p);
  orgRank.fill(-1);
  orgsSeen = 0;
  const pairs = table('org-project', (pair) => Math.floor(pair / width), (pair) => pair % width);
  return { projects, pairs };
}

/**
 * A row's figures from the exact sums (BudgetSums: integers in smallest units while every step stays
 * below 2^53, Decimals beyond), written as exact decimal text without a Decimal each where they allow.
 */
function figureRow(sums: BudgetSums, g: number, year: number, org: string, id: string, name: string): FigureRow {
  const now = sums.amounts(g, year);
  const before = sums.amounts(g, year - 1);
  const change = sums.change(g, year);
  return {
    org,
    id,
    name,
    current: [amountText(now), ...now.sources.map((_, k) => amountText(now, k))],
    previous: amountText(before),
    change: amountText(change),
    rate: totalChangeRate(now, before)?.unscaled().toNumber() ?? null,
  };
}


