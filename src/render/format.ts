import type { Decimal } from 'decimal.js';
import { roundBy } from '../model/money.js';

export type NegativeStyle = 'triangle' | 'minus';

export interface NumberStyle {
  /** Korean budget tables write negatives as △1,234; `minus` writes -1,234. */
  negative: NegativeStyle;
}

/**
 * 1234567 → "1,234,567". With `places`, the value is rounded half-up (반올림) to that many decimals here,
 * once, for display; without it the exact value is shown. Negatives as △ or -; never "-0".
 */
export function formatNumber(value: Decimal, style: NumberStyle, places?: number): string {
  const v = places === undefined ? value : roundBy(value, places, 'half-up');
  const text = places === undefined ? v.abs().toFixed() : v.abs().toFixed(places);
  const [intPart, frac] = text.split('.');
  const grouped = intPart!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = frac === undefined ? grouped : `${grouped}.${frac}`;
  if (!v.isNegative() || v.isZero()) return body;
  return style.negative === 'triangle' ? `△${body}` : `-${body}`;
}

/** A plain decimal string for machine outputs (JSON, CSV): exact, no grouping, `-` for negatives. */
export function plainDecimal(value: Decimal, places?: number): string {
  const v = places === undefined ? value : roundBy(value, places, 'half-up');
  const exact = v.isZero() ? v.abs() : v;
  return places === undefined ? exact.toFixed() : exact.toFixed(places);
}
