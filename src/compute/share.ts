import { LOCAL, SOURCES, UPPER } from '../model/source.js';
import { Ratio } from './ratio.js';
import type { SourceAmounts } from './source-amounts.js';

const CITY = SOURCES.indexOf(UPPER);
const DISTRICT = SOURCES.indexOf(LOCAL);

/**
 * City share of the locally funded part: 시비 ÷ (시비 + 구비), exact. The district share is its complement.
 * Null when neither the city nor the district pays anything (a purely national or empty budget).
 */
export function cityShare(a: SourceAmounts): Ratio | null {
  if (a.units) {
    const city = a.units.bySource[CITY]!;
    const local = city + a.units.bySource[DISTRICT]!;
    return Number.isSafeInteger(local) ? Ratio.ofIntegers(city, local) : Ratio.ofIntegers(BigInt(city), BigInt(city) + BigInt(a.units.bySource[DISTRICT]!));
  }
  return Ratio.of(a.bySource[UPPER], a.bySource[UPPER].plus(a.bySource[LOCAL]));
}
