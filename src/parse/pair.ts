import type { Decimal } from 'decimal.js';
import type { Unit } from '../model/money.js';
import { parseAmount } from './number.js';

const PAIR = /^(.*\S)\s*\(\s*([^()]+)\s*\)$/;

/** Labels of the parts of a pair, in the order written: `12(12)` → n, (m). */
export const PAIR_PART = ['n', '(m)'] as const;

/**
 * `12(11)`: two numbers written as one cell, as staffing tables print 정원(현원). Undefined when the text
 * is not two numbers so written.
 */
export function parsePair(raw: string, unit: Unit): [Decimal, Decimal] | undefined {
  const pair = PAIR.exec(raw.trim());
  if (!pair) return undefined;
  const outer = parseAmount(pair[1]!, { unit, blank: 'missing' });
  const inner = parseAmount(pair[2]!, { unit, blank: 'missing' });
  return outer.kind === 'value' && inner.kind === 'value' ? [outer.value, inner.value] : undefined;
}
