import type { Decimal } from 'decimal.js';
import { BudgetLines } from '../model/budget-lines.js';
import type { Dataset } from '../model/dataset.js';
import { SOURCES, type Source } from '../model/dataset.js';
import type { Unit } from '../model/money.js';
import { sumBudget, type GroupBy } from './budget-sums.js';
import { changeRates, type ChangeRates } from './change.js';
import { cityShare } from './share.js';
import { emptyAmounts, minus, plus, type SourceAmounts } from './source-amounts.js';

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
  /** 시비 ÷ (시비 + 구비), exact; null when both are zero. */
  cityShare: Decimal | null;
  /** Every year of the data, in order. */
  years: Map<number, SourceAmounts>;
  /** Σ over all years (합계 column). */
  allYears: SourceAmounts;
}

export interface BudgetReport {
  year: number;
  unit: Unit;
  by: GroupBy;
  sources: readonly Source[];
  years: number[];
  projects: BudgetRow[];
  total: BudgetRow;
  /** What the total covers: the organisations asked for, else the dataset's department (부서), if named. */
  scope?: string;
}

export interface BudgetReportOptions {
  by?: GroupBy;
  /** Only these organisations (기관); all when absent. */
  orgs?: readonly string[];
}

/** The dataset's lines in columnar form (tests and small datasets may give them as objects). */
export function budgetLinesOf(dataset: Dataset): BudgetLines {
  return dataset.budget;
}

/** Builds the year's budget report once; every output format renders this same value. */
export function buildBudgetReport(dataset: Dataset, year: number, opts: BudgetReportOptions = {}): BudgetReport {
  const lines = budgetLinesOf(dataset);
  const by = opts.by ?? 'project';
  let keep: Uint8Array | null = null;
  if (opts.orgs) {
    keep = new Uint8Array(lines.orgs.length);
    for (const name of opts.orgs) {
      const i = lines.orgs.indexOf(name.normalize('NFC'));
      if (i >= 0) keep[i] = 1;
    }
  }
  const sums = sumBudget(lines, by, keep);
  const names = new Map(dataset.projects.map((p) => [p.id, p.name]));
  const label = (g: number): string => (by === 'project' ? lines.projects[g]! : lines.orgs[g]!);
  const rows = sums.groups.map((g, gi) => {
    const perYear = new Map(sums.years.map((y) => [y, sums.amounts(gi, y)]));
    const id = label(g);
    // An organisation has no number of its own: its row is numbered in the order the data gives them.
    return by === 'project' ? buildRow(id, names.get(id) ?? id, perYear, sums.present(gi, year - 1), year) : buildRow(String(gi + 1), id, perYear, sums.present(gi, year - 1), year);
  });
  if (by === 'project') {
    // The department's order (사업목록) first, then projects the list does not name, as they came.
    const rank = new Map(dataset.projects.map((p, i) => [p.id, i]));
    rows.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  }
  const all = sumBudget(lines, 'all', keep);
  const totalYears = new Map(all.years.map((y) => [y, all.amounts(0, y)]));
  const total = buildRow('', '', totalYears, all.groups.length > 0 && all.present(0, year - 1), year);
  const scope = opts.orgs ? opts.orgs.join(', ') : dataset.info.department;
  return { year, unit: dataset.info.unit, by, sources: SOURCES, years: sums.years, projects: rows, total, ...(scope ? { scope } : {}) };
}

function buildRow(id: string, name: string, perYear: Map<number, SourceAmounts>, hasPrevious: boolean, year: number): BudgetRow {
  const current = perYear.get(year) ?? emptyAmounts();
  const previous = hasPrevious ? perYear.get(year - 1)! : null;
  let allYears = emptyAmounts();
  for (const a of perYear.values()) allYears = plus(allYears, a);
  return {
    id,
    name,
    current,
    previous,
    change: previous ? minus(current, previous) : null,
    changeRate: previous ? changeRates(current, previous) : null,
    cityShare: cityShare(current),
    years: perYear,
    allYears,
  };
}
