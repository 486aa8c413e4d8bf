import { Decimal } from 'decimal.js';
import { Dec, fromUnits, roundBy, UNIT_WON, type Rounding, type Unit } from '../model/money.js';
import { foldNumeric } from './normalize.js';

/** What a blank (or `-`) cell means in the layout being read. */
export type BlankRule = 'zero' | 'missing';

export interface AmountOptions {
  /** The dataset's unit; amounts written in another unit are converted to it. */
  unit: Unit;
  blank: BlankRule;
  /** Rounding applied when a conversion (e.g. 원 → 천원) leaves decimals; null keeps them exact. */
  conversionRounding?: Rounding | null;
}

export type ParsedAmount = AmountValue | { kind: 'missing' } | { kind: 'error'; expected: string };

/**
 * An amount read by parseAmount, in the dataset unit, exact. `units` is the same amount as an integer count
 * of 원 (UNIT_WON of the unit per unit) when that count is below 2^53 — almost every amount — so that a
 * reader of 440,000 budget lines keeps integers and makes no Decimal; the Decimal is made when asked for.
 */
export class AmountValue {
  readonly kind = 'value';
  private decimal: Decimal | undefined;

  constructor(
    decimal: Decimal | undefined,
    readonly units: number | undefined,
    private readonly scale: number,
    readonly note?: 'normalized',
  ) {
    this.decimal = decimal;
  }

  get value(): Decimal {
    this.decimal ??= fromUnits(this.units!, this.scale);
    return this.decimal;
  }
}

/** The unit words an amount may end in (`1,234천원`, `44,000백만원`). */
export const AMOUNT_UNITS: readonly string[] = ['천원', '백만원', '억원', '원'];
const UNIT_SUFFIX = new RegExp(`(${AMOUNT_UNITS.join('|')})$`, 'u');
/** The most digits an amount may have (see parseAmount). */
const MAX_DIGITS = 30;
/** ASCII digits: the plain figure of most cells. */
const PLAIN_INTEGER = /^\d+$/;
/** ASCII digits with an optional decimal part. */
const PLAIN = /^(\d+)(?:\.(\d+))?$/;
/** Digits with correct thousands groups, or plain digits. */
const DIGITS = String.raw`(\d{1,3}(,\d{3})+|\d+)`;
/** An amount's figure: DIGITS and an optional decimal part. */
const GROUPED = new RegExp(`^${DIGITS}(\\.\\d+)?$`);
/** A whole figure written bare, as a table cell holds one: an optional sign (-, △, ▲), DIGITS, nothing else. */
const BARE = new RegExp(`^[-△▲]?${DIGITS}$`);

/**
 * Whether text is a whole figure written bare (`1,588,400`, `△4,551`, `-12`): what a spreadsheet holds as a
 * number, where `1,558,400천원`, `116%` or `12(12)` are text. Such text always reads with parseAmount.
 */
export function isBareFigure(text: string): boolean {
  return BARE.test(text);
}

/** What an amount cell should hold: a message key, worded in the reader's language when shown. */
export const AMOUNT_EXPECTED = 'expect.amount';

/**
 * Reads an amount as the department writes it: `1,234`, `1,234천원`, `△1,234` / `▲1,234` / `-1,234` /
 * `(1,234)` for negatives, `44,000백만원`, `1,234,000원`. Blank and a lone `-` follow `blank`.
 * Anything that could mean two things (`1.234,5`, `1e3`, `0x10`, `NaN`, misplaced commas) is an error.
 */
export function parseAmount(raw: string, opts: AmountOptions): ParsedAmount {
  const scale = UNIT_WON[opts.unit];
  // Plain digits, with decimals down to the 원 (most cells of a budget file): nothing to fold, no sign, no
  // unit; up to 15 digits of 원 are an exact integer whatever they are.
  if (PLAIN_INTEGER.test(raw)) {
    // Up to 15 digits are exact in a double, and so is their product by the unit while it stays below 2^53.
    const units = raw.length <= 15 ? Number(raw) * scale : Number.NaN;
    if (Number.isSafeInteger(units)) return new AmountValue(undefined, units, scale);
  }
  const plain = PLAIN.exec(raw);
  if (plain) {
    const fraction = plain[2] ?? '';
    const places = finestPlaces(opts.unit);
    const won = plain[1]! + fraction.padEnd(places, '0');
    if (fraction.length <= places && won.length <= 15) return new AmountValue(undefined, Number(won), scale);
  }
  const { text, changed } = foldNumeric(raw);
  if (text === '' || text === '-' || text === '–' || text === '—') {
    return opts.blank === 'zero' ? new AmountValue(undefined, 0, scale) : { kind: 'missing' };
  }
  let body = text;
  let negative = false;
  if (body.startsWith('(') && body.endsWith(')')) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  const sign = body[0];
  if (sign === '△' || sign === '▲' || sign === '-') {
    if (negative) return { kind: 'error', expected: AMOUNT_EXPECTED };
    negative = true;
    body = body.slice(1).trim();
  } else if (sign === '+') {
    body = body.slice(1).trim();
  }
  let unit: Unit = opts.unit;
  const suffix = UNIT_SUFFIX.exec(body);
  if (suffix) {
    if (suffix[1] === '억원') return { kind: 'error', expected: AMOUNT_EXPECTED };
    unit = suffix[1] as Unit;
    body = body.slice(0, -suffix[1]!.length).trim();
  }
  if (!GROUPED.test(body)) return { kind: 'error', expected: AMOUNT_EXPECTED };
  const digits = body.replace(/,/g, '');
  // Sums keep 40 significant digits: a figure of more than 30 is a mistake (a pasted column, a stray key held
  // down), and summing it would round. No budget comes near it (2^53 원 has 16 digits).
  if (digits.replace('.', '').length > MAX_DIGITS) return { kind: 'error', expected: 'expect.amountDigits' };
  let value = new Dec(digits);
  if (unit !== opts.unit) value = value.times(UNIT_WON[unit]).div(UNIT_WON[opts.unit]);
  // Checked before any conversion rounding, so that rounding cannot turn a fraction of a 원 into a valid amount.
  if (value.decimalPlaces() > finestPlaces(opts.unit)) {
    return { kind: 'error', expected: 'expect.amountToWon' };
  }
  if (unit !== opts.unit && opts.conversionRounding && !value.isInteger()) {
    value = roundBy(value, 0, opts.conversionRounding);
  }
  if (negative) value = value.negated();
  if (value.isZero()) value = new Dec(0); // no "-0"
  const units = value.times(scale);
  const exact = units.abs().lte(Number.MAX_SAFE_INTEGER) ? units.toNumber() : undefined;
  return new AmountValue(value, exact, scale, changed ? 'normalized' : undefined);
}

/** An amount is exact to the 원: 천원 allows three decimals, 원 none. */
function finestPlaces(unit: Unit): number {
  return FINEST_PLACES[unit];
}

/** Decimal places of one 원 in each unit (3 for 천원): log10 of UNIT_WON, worked out once. */
const FINEST_PLACES = Object.fromEntries(Object.entries(UNIT_WON).map(([u, won]) => [u, Math.round(Math.log10(won))])) as Record<Unit, number>;

export type ParsedRate = { kind: 'value'; value: Decimal } | { kind: 'missing' } | { kind: 'error'; expected: string };

export const RATE_EXPECTED = 'expect.ratio';

/**
 * Reads a ratio as a fraction of one: `70%` → 0.7, `66.25%` → 0.6625, `0.7` → 0.7, `7:3` → 0.7 (the first part's share).
 */
export function parseRatio(raw: string): ParsedRate {
  const { text } = foldNumeric(raw);
  if (text === '') return { kind: 'missing' };
  const pct = /^(\d+(\.\d+)?)\s*%$/.exec(text);
  if (pct) return { kind: 'value', value: new Dec(pct[1]!).div(100) };
  const colon = /^(\d+(\.\d+)?)\s*:\s*(\d+(\.\d+)?)$/.exec(text);
  if (colon) {
    const a = new Dec(colon[1]!);
    const b = new Dec(colon[3]!);
    if (a.plus(b).isZero()) return { kind: 'error', expected: RATE_EXPECTED };
    return { kind: 'value', value: a.div(a.plus(b)) };
  }
  if (/^\d+(\.\d+)?$/.test(text)) return { kind: 'value', value: new Dec(text) };
  return { kind: 'error', expected: RATE_EXPECTED };
}

/** Reads a printed percentage such as `116%` (the number before %), or a plain number. */
export function parsePercent(raw: string): ParsedRate {
  const { text } = foldNumeric(raw);
  if (text === '' || text === '-') return { kind: 'missing' };
  const m = /^(-?\d+(\.\d+)?)\s*%?$/.exec(text);
  if (!m) return { kind: 'error', expected: 'expect.percent' };
  return { kind: 'value', value: new Dec(m[1]!) };
}
