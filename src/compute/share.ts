import type { Decimal } from 'decimal.js';
import type { SourceAmounts } from './source-amounts.js';

/**
 * City share of the locally funded part: 시비 ÷ (시비 + 구비), exact. The district share is 1 − city share.
 * Null when neither the city nor the district pays anything (a purely national or empty budget).
 */
export function cityShare(a: SourceAmounts): Decimal | null {
  const local = a.bySource.시비.plus(a.bySource.구비);
  if (local.isZero()) return null;
  return a.bySource.시비.div(local);
}
