import type { Decimal } from 'decimal.js';
import type { Source } from '../model/dataset.js';
import { Ratio } from './ratio.js';
import type { SourceAmounts } from './source-amounts.js';

/**
 * 증감률 = (this year − previous) ÷ previous × 100, exact (rounded only when shown).
 * Null when the previous figure is zero: a change from nothing has no rate.
 */
export function changeRate(current: Decimal, previous: Decimal): Ratio | null {
  return Ratio.of(current.minus(previous), previous, 100);
}

export interface ChangeRates {
  amount: Ratio | null;
  bySource: Record<Source, Ratio | null>;
}

/** changeRate of integers in the same smallest unit. */
function integerChangeRate(current: number, previous: number): Ratio | null {
  return Ratio.ofIntegers(Number.isSafeInteger(current - previous) ? current - previous : BigInt(current) - BigInt(previous), previous, 100);
}

/** The 증감률 of the total (계); from the exact integers when both years have them (no Decimal at all). */
export function totalChangeRate(current: SourceAmounts, previous: SourceAmounts): Ratio | null {
  const cu = current.units;
  const pu = previous.units;
  return cu && pu && cu.scale === pu.scale ? integerChangeRate(cu.amount, pu.amount) : changeRate(current.amount, previous.amount);
}

/** Every figure's 증감률; from the exact integers when both years have them (no Decimal at all). */
export function changeRates(current: SourceAmounts, previous: SourceAmounts): ChangeRates {
  const cu = current.units;
  const pu = previous.units;
  const bySource = {} as Record<Source, Ratio | null>;
  current.sources.forEach((s, k) => {
    bySource[s] = cu && pu && cu.scale === pu.scale ? integerChangeRate(cu.bySource[k]!, pu.bySource[k]!) : changeRate(current.bySource[s]!, previous.bySource[s]!);
  });
  return { amount: totalChangeRate(current, previous), bySource };
}
