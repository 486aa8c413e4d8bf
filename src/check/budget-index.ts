import type { Decimal } from 'decimal.js';
import type { BudgetLine, Dataset, Source } from '../model/dataset.js';
import { sum } from '../model/money.js';

/** The budget parts of a dataset, looked up by project, source and year without rescanning. */
export class BudgetIndex {
  private readonly byProject = new Map<string, BudgetLine[]>();

  constructor(lines: Iterable<BudgetLine>) {
    for (const line of lines) {
      let list = this.byProject.get(line.project);
      if (!list) this.byProject.set(line.project, (list = []));
      list.push(line);
    }
  }

  lines(project: string, where: { source?: Source; year?: number } = {}): BudgetLine[] {
    return (this.byProject.get(project) ?? []).filter(
      (l) => (where.source === undefined || l.source === where.source) && (where.year === undefined || l.year === where.year),
    );
  }

  total(project: string, where: { source?: Source; year?: number } = {}): Decimal {
    return sum(this.lines(project, where).map((l) => l.amount));
  }

  has(project: string): boolean {
    return this.byProject.has(project);
  }
}

/** The year a report is about: the dataset's 연도, else the latest year in its budget. */
export function reportYear(dataset: Dataset): number | undefined {
  return dataset.info.year ?? dataset.budget.years().at(-1);
}
