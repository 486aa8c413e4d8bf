import type { Decimal } from 'decimal.js';
import type { BudgetLine, Dataset } from '../model/dataset.js';
import { SOURCES, type Source } from '../model/dataset.js';
import type { Unit } from '../model/money.js';
import { changeRates, type ChangeRates } from './change.js';
import { cityShare } from './share.js';
import { addTo, emptyAmounts, minus, type SourceAmounts } from './source-amounts.js';

/** One row of the budget report: a project, or the division's total. */
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
  sources: readonly Source[];
  years: number[];
  projects: BudgetRow[];
  total: BudgetRow;
}

/** Builds the year's budget report once; every output format renders this same value. */
export function buildBudgetReport(dataset: Dataset, year: number): BudgetReport {
  const years = [...new Set(dataset.budget.map((l) => l.year))].sort((a, b) => a - b);
  const byProject = new Map<string, BudgetLine[]>();
  for (const line of dataset.budget) {
    let list = byProject.get(line.project);
    if (!list) byProject.set(line.project, (list = []));
    list.push(line);
  }
  const names = new Map(dataset.projects.map((p) => [p.id, p.name]));
  const order = [...dataset.projects.map((p) => p.id).filter((id) => byProject.has(id))];
  const projects = order.map((id) => buildRow(id, names.get(id) ?? id, byProject.get(id)!, years, year));
  const total = buildRow('', '', dataset.budget, years, year);
  return { year, unit: dataset.info.unit, sources: SOURCES, years, projects, total };
}

function buildRow(id: string, name: string, lines: readonly BudgetLine[], years: number[], year: number): BudgetRow {
  const perYear = new Map<number, SourceAmounts>(years.map((y) => [y, emptyAmounts()]));
  const present = new Set<number>();
  const allYears = emptyAmounts();
  for (const line of lines) {
    addTo(perYear.get(line.year)!, line.source, line.amount);
    addTo(allYears, line.source, line.amount);
    present.add(line.year);
  }
  const current = perYear.get(year) ?? emptyAmounts();
  const previous = present.has(year - 1) ? perYear.get(year - 1)! : null;
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

