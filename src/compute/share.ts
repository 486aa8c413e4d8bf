import { Ratio } from './ratio.js';
import type { SourceAmounts } from './source-amounts.js';

/**
 * City share of the locally funded part: 시비 ÷ (시비 + 구비), exact. The district share is its complement.
 * Null when neither the city nor the district pays anything (a purely national or empty budget).
 */
export function cityShare(a: SourceAmounts): Ratio | null {
  return Ratio.of(a.bySource.시비, a.bySource.시비.plus(a.bySource.구비));
}
