import type { Decimal } from 'decimal.js';
import { SOURCES, type Source } from '../model/dataset.js';
import { ZERO } from '../model/money.js';

/** An amount with its split by funding source; `amount` is always Σ bySource. */
export interface SourceAmounts {
  amount: Decimal;
  bySource: Record<Source, Decimal>;
}

export function emptyAmounts(): SourceAmounts {
  return { amount: ZERO, bySource: { 국비: ZERO, 시비: ZERO, 구비: ZERO } };
}

export function addTo(target: SourceAmounts, source: Source, value: Decimal): void {
  target.bySource[source] = target.bySource[source].plus(value);
  target.amount = target.amount.plus(value);
}

export function plus(a: SourceAmounts, b: SourceAmounts): SourceAmounts {
  const out = emptyAmounts();
  for (const s of SOURCES) addTo(out, s, a.bySource[s].plus(b.bySource[s]));
  return out;
}

export function minus(a: SourceAmounts, b: SourceAmounts): SourceAmounts {
  const out = emptyAmounts();
  for (const s of SOURCES) addTo(out, s, a.bySource[s].minus(b.bySource[s]));
  return out;
}
