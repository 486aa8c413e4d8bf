import type { CheckRule } from './rule.js';
import { BudgetIndex } from './budget-index.js';
import { Collector } from './collector.js';
import { orgOf } from './stated-org.js';

/** 합계/총계 row of a long layout: a year's total over every project (of one source, or of all) = Σ the projects. */
export const budgetDivisionTotals: CheckRule = (dataset) => {
  const out = new Collector();
  const totals = dataset.statedTotals.filter((t) => t.kind === 'division-total');
  if (totals.length === 0) return out.result();
  const index = BudgetIndex.of(dataset.budget);
  for (const t of totals) {
    const where = { ...(t.year !== undefined ? { year: t.year } : {}), ...(t.source ? { source: t.source } : {}), ...orgOf(t) };
    out.compare({
      code: 'budget-division-total',
      severity: 'error',
      at: t.figure.at,
      stated: t.figure.value,
      expected: index.totalOverProjects(where),
      ...orgOf(t),
      params: { year: String(t.year ?? ''), row: t.source ?? '계' },
    });
  }
  return out.result();
};
