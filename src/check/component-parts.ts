import { sum } from '../model/money.js';
import { Collector } from './collector.js';
import type { CheckRule } from './rule.js';

/** `63,400천원(시 44,380, 구 19,020)`: the stated parts add up to the stated amount. */
export const componentParts: CheckRule = (dataset) => {
  const out = new Collector();
  for (const c of dataset.components) {
    if (!c.amount || c.parts.size === 0) continue;
    out.compare({
      code: 'component-parts',
      severity: 'error',
      at: c.amount.at,
      stated: c.amount.value,
      expected: sum([...c.parts.values()].map((f) => f.value)),
      project: c.project,
      params: { name: c.name },
    });
  }
  return out.result();
};
