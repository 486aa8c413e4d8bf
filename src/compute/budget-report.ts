import type { Dataset } from '../model/dataset.js';
import type { Source, SourceSet } from '../model/source.js';
import type { Unit } from '../model/money.js';
import { sumBudget, type BudgetSums, type GroupBy } from './budget-sums.js';
import { changeRates, type ChangeRates } from './change.js';
import type { Ratio } from './ratio.js';
import { upperShare } from './share.js';
import { emptyAmounts, type SourceAmounts } from './source-amounts.js';

/** One row of the budget report: a project (or an organisation), or the total. */
export interface BudgetRow {
  id: string;
  name: string;
  /** The report year. */
  current: SourceAmounts;
  /** The year before, or null when the data has no line for it. */
  previous: SourceAmounts | null;
  /** 증감: current − previous. */
  change: SourceAmounts | null;
  /** 증감률 in percent, exact. */
  changeRate: ChangeRates | null;
  /** The upper source's share of upper + local (시비 ÷ (시비 + 구비) for a 자치구), exact; null when both are zero or undeclared. */
  upperShare: Ratio | null;
  /** Every year of the data, in order. */
  years: Map<number, SourceAmounts>;
  /** Σ over all years (합계 column). */
  allYears: SourceAmounts;
}

export interface BudgetReport {
  year: number;
  unit: Unit;
  by: GroupBy;
  /** The declared sources' names, in table order. */
  sources: readonly Source[];
  /** The two sources of the share columns (upper, local), when the dataset declares both. */
  shareOf: { upper: Source; local: Source } | null;
  years: number[];
  projects: BudgetRow[];
  total: BudgetRow;
  /** What the total covers: the organisations asked for, else the dataset's department (부서), if named. */
  scope?: string;
}

interface RowHead {
  id: string;
  name: string;
  group: number;
}

export interface BudgetReportOptions {
  by?: GroupBy;
  /** Only these organisations (기관); all when absent. */
  orgs?: readonly string[];
}

/** Builds the year's budget report once, from the exact sums; every output format renders this same value. */
export function buildBudgetReport(dataset: Dataset, year: number, opts: BudgetReportOptions = {}): BudgetReport {
  const lines = dataset.budget;
  const by = opts.by ?? 'project';
  const keep = opts.orgs ? lines.orgMask(opts.orgs) : null;
  const sums = sumBudget(lines, by, keep);
  const names = new Map(dataset.projects.map((p) => [p.id, p.name]));
  const heads: RowHead[] = sums.groups.map((g, group) => {
    // An organisation has no number of its own: its row is numbered in the order the data gives them.
    if (by === 'org') return { id: String(group + 1), name: lines.orgs[g]!, group };
    const id = lines.projects[g]!;
    return { id, name: names.get(id) ?? id, group };
  });
  if (by === 'project') {
    // The department's order (사업목록) first, then projects the list does not name, as they came.
    const rank = new Map(dataset.projects.map((p, i) => [p.id, i]));
    heads.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  }
  const totalSums = sums.total();
  const scope = opts.orgs ? opts.orgs.join(', ') : dataset.info.department;
  return {
    year,
    unit: dataset.info.unit,
    by,
    sources: lines.sources.names,
    shareOf: shareOf(lines.sources),
    years: sums.years,
    projects: heads.map((h) => buildRow(h.id, h.name, sums, h.group, year, lines.sources)),
    total: totalSums.groups.length > 0 ? buildRow('', '', totalSums, 0, year, lines.sources) : emptyRow(totalSums.years, lines.sources.names),
    ...(scope ? { scope } : {}),
  };
}

/** A row from the sums of one group: every figure made once from exact integers (see BudgetSums). */
function buildRow(id: string, name: string, sums: BudgetSums, group: number, year: number, sources: SourceSet): BudgetRow {
  const years = new Map(sums.years.map((y) => [y, sums.amounts(group, y)]));
  const current = years.get(year) ?? emptyAmounts(sources.names);
  const hasPrevious = sums.present(group, year - 1);
  const previous = hasPrevious ? years.get(year - 1)! : null;
  return {
    id,
    name,
    current,
    previous,
    change: previous ? sums.change(group, year) : null,
    changeRate: previous ? changeRates(current, previous) : null,
    upperShare: upperShare(current, sources),
    years,
    allYears: sums.allYears(group),
  };
}

/** The total of a selection with no lines at all. */
function emptyRow(years: number[], sources: readonly Source[]): BudgetRow {
  return { id: '', name: '', current: emptyAmounts(sources), previous: null, change: null, changeRate: null, upperShare: null, years: new Map(years.map((y) => [y, emptyAmounts(sources)])), allYears: emptyAmounts(sources) };
}

function shareOf(sources: SourceSet): BudgetReport['shareOf'] {
  return sources.upper !== undefined && sources.local !== undefined ? { upper: sources.upper, local: sources.local } : null;
}
