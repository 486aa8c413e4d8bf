import type { CheckRule } from './rule.js';
import { BudgetIndex } from './budget-index.js';
import { Collector } from './collector.js';
import { orgOf } from './stated-org.js';

/** 합계 column: each source's 합계 = Σ its years; the 계 row's 합계 = Σ every part of the table. */
export const budgetRowTotals: CheckRule = (dataset) => {
  const index = BudgetIndex.of(dataset.budget);
  const out = new Collector();
  for (const t of dataset.statedTotals) {
    if (t.kind !== 'source-total' && t.kind !== 'grand-total') continue;
    const source = t.kind === 'source-total' ? t.source : undefined;
    out.compare({
      code: 'budget-row-total',
      severity: 'error',
      at: t.figure.at,
      stated: t.figure.value,
      expected: index.total(t.project, { ...(source ? { source } : {}), ...orgOf(t) }),
      project: t.project,
      ...orgOf(t),
      params: { row: source ?? '계' },
    });
  }
  return out.result();
};
