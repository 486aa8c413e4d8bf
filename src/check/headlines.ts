import type { CheckRule } from './rule.js';
import { BudgetIndex } from './budget-index.js';
import { Collector } from './collector.js';
import { findingAt } from '../model/finding.js';
import { describePlace } from '../model/provenance.js';

/**
 * `□ 2022년 소요예산 : N` restates the table's 계 for that year. It is compared with the printed 계 (the
 * figure a reader sees next to it); whether that 계 adds up is the column-total rule's job. A headline with
 * neither (no budget line of its project and year, no printed 계) cannot be compared: a warning says so
 * (`headline-without-budget`) rather than letting it pass unchecked.
 */
export const headlines: CheckRule = (dataset) => {
  const index = BudgetIndex.of(dataset.budget);
  const out = new Collector();
  for (const h of dataset.headlines) {
    const printed = dataset.statedTotals.find((t) => t.kind === 'year-total' && t.project === h.project && t.year === h.year);
    if (!printed && index.lines(h.project, { year: h.year }).length === 0) {
      const params = { place: describePlace(h.figure.at), project: h.project, year: String(h.year) };
      out.problem(findingAt('headline-without-budget', 'warning', h.figure.at, params, { project: h.project, actual: h.figure.value.toFixed() }));
      continue;
    }
    out.compare({
      code: 'headline-mismatch',
      severity: 'error',
      at: h.figure.at,
      stated: h.figure.value,
      expected: printed ? printed.figure.value : index.total(h.project, { year: h.year }),
      project: h.project,
      params: { year: String(h.year) },
    });
  }
  return out.result();
};
