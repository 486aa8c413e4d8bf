import { Decimal } from 'decimal.js';
import { achievementRate } from '../compute/achievement.js';
import { roundBy } from '../model/money.js';
import { Collector } from './collector.js';
import type { CheckRule } from './rule.js';

/**
 * A printed 달성률 = 실적 ÷ 목표 × 100, rounded by the dataset's rule (default 반올림 to a whole percent).
 * A rate stated with more decimals than the rule keeps is held to its own precision instead: it is the
 * unrounded rate a formula cell holds (`=F2/E2` shown `116%`, saved as 1.16280898876404), right when it is
 * within one unit of its last digit of the exact rate (a spreadsheet keeps 15 significant digits).
 * A zero or missing target has no rate: on such a row that states a result or a rate, the 달성률 cell must
 * be blank, and a rate printed there is an error (`rate-without-target`), never a silent pass.
 */
export const achievementRates: CheckRule = (dataset) => {
  const out = new Collector();
  const { rateRounding, rateDecimals } = dataset.info.rules;
  for (const ind of dataset.indicators) {
    const org = ind.org !== undefined ? { org: ind.org } : {};
    if (ind.target === null || ind.target.value.isZero()) {
      const at = ind.statedRate?.at ?? ind.rateAt;
      if (at && (ind.result || ind.statedRate)) {
        const target = ind.target === null ? '-' : ind.target.raw;
        out.blank({ code: 'rate-without-target', severity: 'error', at, printed: ind.statedRate, ...org, params: { name: ind.name, year: String(ind.year), target } });
      }
      continue;
    }
    if (!ind.statedRate || !ind.result) continue;
    const rate = achievementRate(ind.result.value, ind.target.value);
    if (rate === null) continue;
    const stated = ind.statedRate.value;
    const unrounded = stated.decimalPlaces() > rateDecimals && rate.minus(stated).abs().lte(new Decimal(10).pow(-stated.decimalPlaces()));
    out.compare({
      code: 'achievement-rate',
      severity: 'error',
      at: ind.statedRate.at,
      stated: ind.statedRate.value,
      ...org,
      expected: unrounded ? stated : roundBy(rate, rateDecimals, rateRounding),
      params: { name: ind.name, year: String(ind.year), rounding: rateRounding, decimals: String(rateDecimals) },
    });
  }
  return out.result();
};
