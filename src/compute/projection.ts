import type { Decimal } from 'decimal.js';
import { roundBy, type Rounding } from '../model/money.js';

export interface ProjectedYear {
  year: number;
  amount: Decimal;
}

/**
 * Out-year projection: each year = the previous year × (1 + growth), rounded to the unit year on year
 * (반올림 by default): 1,588,400 at 3% → 1,636,052 → 1,685,134 (1,685,133.56 rounds up).
 * `growth` is a fraction (0.03); negative growth is allowed. Years after `fromYear` up to `toYear`.
 */
export function projectYears(base: Decimal, growth: Decimal, fromYear: number, toYear: number, rounding: Rounding = 'half-up', places = 0): ProjectedYear[] {
  const out: ProjectedYear[] = [];
  let previous = base;
  for (let year = fromYear + 1; year <= toYear; year++) {
    previous = roundBy(previous.times(growth.plus(1)), places, rounding);
    out.push({ year, amount: previous });
  }
  return out;
}
