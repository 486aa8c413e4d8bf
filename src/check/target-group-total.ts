import { sum } from '../model/money.js';
import { Collector } from './collector.js';
import type { CheckRule } from './rule.js';

/** The target-by-group table's 합계 = Σ the groups. */
export const targetGroupTotal: CheckRule = (dataset) => {
  const out = new Collector();
  for (const t of dataset.targetGroups) {
    if (!t.statedTotal) continue;
    out.compare({
      code: 'group-total',
      severity: 'error',
      at: t.statedTotal.at,
      stated: t.statedTotal.value,
      expected: sum(t.groups.map((g) => g.target.value)),
      params: { heading: t.heading },
    });
  }
  return out.result();
};
