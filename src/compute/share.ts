import { Ratio } from './ratio.js';
import type { SourceAmounts } from './source-amounts.js';
import type { SourceSet } from '../model/source.js';

/**
 * The upper government's share of the locally funded part (상위 재원 비율; a 자치구's "city share"):
 * upper ÷ (upper + local), exact, by the declared sources (시비 ÷ (시비 + 구비), 도비 ÷ (도비 + 군비)).
 * The local share is its complement. Null when neither pays anything (a purely national or empty budget),
 * or when the dataset does not declare both.
 */
export function upperShare(a: SourceAmounts, sources: SourceSet): Ratio | null {
  const { upper, local } = sources;
  if (upper === undefined || local === undefined) return null;
  if (a.units) {
    const up = a.units.bySource[sources.indexOf(upper)]!;
    const down = a.units.bySource[sources.indexOf(local)]!;
    const both = up + down;
    return Number.isSafeInteger(both) ? Ratio.ofIntegers(up, both) : Ratio.ofIntegers(BigInt(up), BigInt(up) + BigInt(down));
  }
  return Ratio.of(a.bySource[upper]!, a.bySource[upper]!.plus(a.bySource[local]!));
}
