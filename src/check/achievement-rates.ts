import { achievementRate } from '../compute/achievement.js';
import { roundBy } from '../model/money.js';
import { Collector } from './collector.js';
import type { CheckRule } from './rule.js';

/** A printed 달성률 = 실적 ÷ 목표 × 100, rounded by the dataset's rule (default 반올림 to a whole percent). */
export const achievementRates: CheckRule = (dataset) => {
  const out = new Collector();
  const { rateRounding, rateDecimals } = dataset.info.rules;
  for (const ind of dataset.indicators) {
    if (!ind.statedRate || !ind.result) continue;
    const rate = achievementRate(ind.result.value, ind.target?.value ?? null);
    if (rate === null) continue;
    out.compare({
      code: 'achievement-rate',
      severity: 'error',
      at: ind.statedRate.at,
      stated: ind.statedRate.value,
      ...(ind.org !== undefined ? { org: ind.org } : {}),
      expected: roundBy(rate, rateDecimals, rateRounding),
      params: { name: ind.name, year: String(ind.year), rounding: rateRounding, decimals: String(rateDecimals) },
    });
  }
  return out.result();
};
