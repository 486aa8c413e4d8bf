import type { Decimal } from 'decimal.js';
import { SOURCES, type Source } from '../model/dataset.js';
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

/** Every figure's 증감률; from the exact integers when both years have them (no Decimal at all). */
export function changeRates(current: SourceAmounts, previous: SourceAmounts): ChangeRates {
  const cu = current.units;
  const pu = previous.units;
  if (cu && pu && cu.scale === pu.scale) {
    const rate = (c: number, p: number): Ratio | null => Ratio.ofIntegers(Number.isSafeInteger(c - p) ? c - p : BigInt(c) - BigInt(p), p, 100);
    const bySource = Object.fromEntries(SOURCES.map((s, k) => [s, rate(cu.bySource[k]!, pu.bySource[k]!)])) as Record<Source, Ratio | null>;
    return { amount: rate(cu.amount, pu.amount), bySource };
  }
  const bySource = { 국비: null, 시비: null, 구비: null } as Record<Source, Ratio | null>;
  for (const s of SOURCES) bySource[s] = changeRate(current.bySource[s], previous.bySource[s]);
  return { amount: changeRate(current.amount, previous.amount), bySource };
}
