import type { Decimal } from 'decimal.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import { roundBy, type Rounding, type Unit } from '../model/money.js';
import { formatNumber } from './format.js';

/** Decimals shown in a calculator's explanation before a value is cut short with "…" (e.g. a 1:2 ratio). */
const SHOWN_PLACES = 6;

/**
 * A number for an explanation: grouped, exact when it has few decimals, else cut to SHOWN_PLACES
 * decimals with "…" so that a repeating quotient cannot flood the line. Negatives with a minus sign,
 * since a rule reads as arithmetic.
 */
export function explainNumber(value: Decimal): string {
  if (value.decimalPlaces() <= SHOWN_PLACES) return formatNumber(value, { negative: 'minus' });
  return `${formatNumber(roundBy(value, SHOWN_PLACES, 'down'), { negative: 'minus' })}…`;
}

/** A fraction as a percentage for people: 0.6625 → "66.25%", −0.02 → "-2%". */
export function percentText(fraction: Decimal): string {
  return `${explainNumber(fraction.times(100))}%`;
}

/** Decimals to show a fraction as a percentage in a table: as many as it has, at most four. */
export function percentPlaces(fraction: Decimal): number {
  return Math.min(fraction.times(100).decimalPlaces(), 4);
}

const UNIT_KEY = { 원: 'unit.won', 천원: 'unit.thousand', 백만원: 'unit.million' } as const;

export function unitLabel(unit: Unit, lang: Lang): string {
  return t(lang, UNIT_KEY[unit]);
}

const ROUNDING_KEY = { 'half-up': 'rounding.half-up', down: 'rounding.down', up: 'rounding.up' } as const;

export function roundingLabel(rounding: Rounding, lang: Lang): string {
  return t(lang, ROUNDING_KEY[rounding]);
}
