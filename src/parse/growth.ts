import type { Decimal } from 'decimal.js';
import { foldNumeric } from './normalize.js';
import { parseRatio, type ParsedRate } from './number.js';

export const GROWTH_EXPECTED = 'expect.growth';

/**
 * Reads a growth rate as a fraction: `3%` → 0.03, `0.03` → 0.03, and negatives written `-2%`, `△2%` or
 * `▲2%` (the department's minus signs) → −0.02. A `7:3` proportion is not a growth rate and is refused.
 */
export function parseGrowth(raw: string): ParsedRate {
  const { text } = foldNumeric(raw);
  const sign = text[0];
  const negative = sign === '-' || sign === '△' || sign === '▲';
  const body = negative || sign === '+' ? text.slice(1).trim() : text;
  if (body.includes(':')) return { kind: 'error', expected: GROWTH_EXPECTED };
  const parsed = parseRatio(body);
  if (parsed.kind !== 'value') return parsed.kind === 'missing' && text !== '' ? { kind: 'error', expected: GROWTH_EXPECTED } : parsed;
  const value: Decimal = negative ? parsed.value.negated() : parsed.value;
  return { kind: 'value', value: value.isZero() ? value.abs() : value };
}
