import type { Decimal } from 'decimal.js';
import { roundBy, type Rounding } from '../model/money.js';

export interface Split {
  city: Decimal;
  district: Decimal;
}

/**
 * The office's rule for a subsidised amount: the city's part is total × 보조율, rounded to the unit by
 * `rounding` (절사 — truncation — by default: 179,598 × 66.25% = 118,983.675 → 118,983), and the district
 * pays the rest (60,615), so the parts always add up to the total.
 */
export function splitByRatio(total: Decimal, cityRatio: Decimal, rounding: Rounding = 'down', places = 0): Split {
  const city = roundBy(total.times(cityRatio), places, rounding);
  return { city, district: total.minus(city) };
}
