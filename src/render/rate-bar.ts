import type { Decimal } from 'decimal.js';
import { roundBy } from '../model/money.js';

/** One character per 5 %: 20 reach the `|` that marks 100 %; past 150 % the bar ends in `>`. */
const PER_CHAR = 5;
const FULL = 20;
const MAX = 30;

/**
 * A rate as a terminal bar against 100 %, in ASCII so that every terminal gives it one column per
 * character: 80 % → `################....|`, 116 % → `####################|###`.
 */
export function rateBar(rate: Decimal | null): string {
  if (rate === null) return '';
  const chars = rate.isNegative() ? 0 : roundBy(rate.div(PER_CHAR), 0, 'half-up').toNumber();
  const filled = Math.min(chars, MAX);
  if (filled <= FULL) return '#'.repeat(filled) + '.'.repeat(FULL - filled) + '|';
  return '#'.repeat(FULL) + '|' + '#'.repeat(filled - FULL) + (chars > MAX ? '>' : '');
}
