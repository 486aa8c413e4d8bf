import type { Decimal } from 'decimal.js';
import type { BudgetLines } from '../model/budget-lines.js';
import type { BudgetLine, Dataset, Source } from '../model/dataset.js';
import { sum } from '../model/money.js';

/** Which lines of a project: one source, year, organisation (기관), where given. */
export interface Where {
  source?: Source;
  year?: number;
  org?: string;
}

/**
 * The budget parts of a dataset, looked up by project, source and year without rescanning. It keeps line
 * numbers by project (one pass over the columns) and makes line objects only for the projects a check
 * asks about: a national budget has 440,000 lines and the checks need a handful. One index per budget.
 */
export class BudgetIndex {
  private static readonly cache = new WeakMap<BudgetLines, BudgetIndex>();
  private readonly byProject = new Map<string, number[]>();
  private readonly made = new Map<string, BudgetLine[]>();

  private constructor(private readonly budget: BudgetLines) {
    const ids = budget.projects;
    for (let i = 0; i < budget.length; i++) {
      const id = ids[budget.project[i]!]!;
      let list = this.byProject.get(id);
      if (!list) this.byProject.set(id, (list = []));
      list.push(i);
    }
  }

  static of(budget: BudgetLines): BudgetIndex {
    let index = BudgetIndex.cache.get(budget);
    if (!index) BudgetIndex.cache.set(budget, (index = new BudgetIndex(budget)));
    return index;
  }

  /** The project's lines, of one source, year and organisation (기관) where asked. */
  lines(project: string, where: Where = {}): BudgetLine[] {
    let all = this.made.get(project);
    if (!all) this.made.set(project, (all = (this.byProject.get(project) ?? []).map((i) => this.budget.line(i))));
    return all.filter((l) => (where.source === undefined || l.source === where.source) && (where.year === undefined || l.year === where.year) && (where.org === undefined || (l.org ?? '') === where.org));
  }

  total(project: string, where: Where = {}): Decimal {
    return sum(this.lines(project, where).map((l) => l.amount));
  }

  /** Σ every project's lines, as a 합계/총계 row over the projects states it. */
  totalOverProjects(where: Where = {}): Decimal {
    return sum([...this.byProject.keys()].map((p) => this.total(p, where)));
  }

  has(project: string): boolean {
    return this.byProject.has(project);
  }
}

/** The year a report is about: the dataset's 연도, else the latest year in its budget. */
export function reportYear(dataset: Dataset): number | undefined {
  return dataset.info.year ?? dataset.budget.years().at(-1);
}
