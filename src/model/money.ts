import { Decimal } from 'decimal.js';

/**
 * Every amount, count and rate in jobs-report is a Decimal from the moment it is parsed.
 * 40 significant digits hold any budget exactly (a 2^53 integer has 16) and leave room for
 * the exact quotients behind rates and shares.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = Decimal;

/** The one constructor for numbers taken from trusted program text (never from user input: see parse/). */
export function D(value: string | number | Decimal): Decimal {
  return new Dec(value);
}

export const ZERO = D(0);

/** The department's named rounding rules. */
export type Rounding = 'half-up' | 'down' | 'up';


const MODE: Record<Rounding, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

/** Rounds to `places` decimals with the named rule (반올림 half-up, 절사 truncate toward zero, 올림 away from zero). */
export function roundBy(value: Decimal, places: number, rounding: Rounding): Decimal {
  return value.toDecimalPlaces(places, MODE[rounding]);
}

/** Sum of a list of Decimals; zero for an empty list. */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Units an amount may be written in; the dataset unit of the department's tables is 천원. */
export type Unit = '원' | '천원' | '백만원';

/** How many 원 one unit is. */
export const UNIT_WON: Record<Unit, number> = { 원: 1, 천원: 1000, 백만원: 1_000_000 };

/**
 * An exact integer count of smallest units as a Decimal in the dataset unit. A whole number of units
 * (most amounts: 천원 without 원) divides exactly in a double and is built from that integer, decimal.js'
 * cheapest path; otherwise the scale is a power of ten, so the point is placed in the digits and parsed,
 * still far cheaper than a Decimal division per cell.
 */
export function fromUnits(units: number, scale: number): Decimal {
  // `+ 0` turns a -0 (from "-0" in a file) into 0, as the digit path below does.
  if (units % scale === 0) return new Dec(units / scale + 0);
  return new Dec(unitsText(units, scale));
}

/**
 * The same amount as exact decimal text (`1234567` 원 in 천원 → `1234.567`, `1234500` → `1234.5`: what
 * Decimal's toFixed() writes), without making a Decimal: for writers of tens of thousands of figures
 * (budget JSON, the report's 기관별 sheet).
 */
export function unitsText(units: number, scale: number): string {
  if (units % scale === 0) return String(units / scale + 0);
  const places = Math.round(Math.log10(scale));
  const digits = Math.abs(units).toString().padStart(places + 1, '0');
  return `${units < 0 ? '-' : ''}${digits.slice(0, -places)}.${digits.slice(-places).replace(/0+$/, '')}`;
}
