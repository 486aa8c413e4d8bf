import type { CheckRule } from './rule.js';
import { BudgetIndex } from './budget-index.js';
import { Collector } from './collector.js';
import { orgOf } from './stated-org.js';

/** 계 row: each year's 계 = Σ the sources of that year. */
export const budgetColumnTotals: CheckRule = (dataset) => {
  const index = BudgetIndex.of(dataset.budget);
  const out = new Collector();
  for (const t of dataset.statedTotals) {
    if (t.kind !== 'year-total' || t.year === undefined) continue;
    out.compare({
      code: 'budget-column-total',
      severity: 'error',
      at: t.figure.at,
      stated: t.figure.value,
      expected: index.total(t.project, { year: t.year, ...orgOf(t) }),
      project: t.project,
      ...orgOf(t),
      params: { year: String(t.year) },
    });
  }
  return out.result();
};
