import type { Decimal } from 'decimal.js';
import type { Source } from '../model/dataset.js';
import { ZERO } from '../model/money.js';

/** An amount with its split by funding source; `amount` is always Σ bySource. */
export interface SourceAmounts {
  amount: Decimal;
  bySource: Record<Source, Decimal>;
}

export function emptyAmounts(): SourceAmounts {
  return { amount: ZERO, bySource: { 국비: ZERO, 시비: ZERO, 구비: ZERO } };
}
