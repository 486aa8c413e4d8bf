import { splitByRatio } from '../compute/split.js';
import { DISTRICT_SOURCES } from '../model/source.js';
import { Collector } from './collector.js';
import type { CheckRule } from './rule.js';

/**
 * Where a component states its city ratio (보조율), the city's (the upper source's) part = amount × ratio rounded by the
 * dataset's split rule (절사 by default) to the unit. Only the city part is checked here: the district pays
 * the rest, and whether the parts add up is the component-parts rule's job (one mistake, one finding).
 */
export const splitRule: CheckRule = (dataset) => {
  const out = new Collector();
  const rounding = dataset.info.rules.splitRounding;
  for (const c of dataset.components) {
    const upper = dataset.budget.sources.upper;
    const city = upper === undefined ? undefined : c.parts.get(upper);
    if (!c.amount || !c.cityRatio || !city) continue;
    out.compare({
      code: 'split-rule',
      severity: 'error',
      at: city.at,
      stated: city.value,
      expected: splitByRatio(c.amount.value, c.cityRatio.value, rounding).city,
      project: c.project,
      // The city's part (시비) is named by the sentence itself; another upper source (도비) by a variant naming it.
      params: { name: c.name, ratio: c.cityRatio.raw, rounding, ...(upper === DISTRICT_SOURCES.upper ? {} : { variant: 'named', source: upper! }) },
    });
  }
  return out.result();
};
