import { t, type MessageKey } from '../../src/i18n/messages.js';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { parseAmount, parsePercent, parseRatio, type AmountOptions, type ParsedAmount } from '../../src/parse/number.js';

const CHEON: AmountOptions = { unit: '천원', blank: 'zero' };
const WON: AmountOptions = { unit: '원', blank: 'zero' };

/** The parsed value as an exact decimal string; fails the test for anything but a value. */
function valueOf(result: ParsedAmount): string {
  if (result.kind !== 'value') throw new Error(`expected a value, got ${JSON.stringify(result)}`);
  return result.value.toString();
}

describe('parseAmount: accepted notations', () => {
  // Expected values are worked out by hand: 1천원 = 1,000원, 1백만원 = 1,000천원.
  test.each<[string, string, AmountOptions, string]>([
    ['plain grouped digits', '1,234', CHEON, '1234'],
    ['ungrouped digits', '1234', CHEON, '1234'],
    ['explicit + sign', '+1,234', CHEON, '1234'],
    ['suffix equal to the dataset unit', '1,234천원', CHEON, '1234'],
    ['suffix after a space', '1,234 천원', CHEON, '1234'],
    ['백만원 into 천원 (44,000 × 1,000)', '44,000백만원', CHEON, '44000000'],
    ['원 into 천원 kept exact', '1,234,567원', { ...CHEON, conversionRounding: null }, '1234.567'],
    ['원 into 천원 with no rounding option', '1,234,567원', CHEON, '1234.567'],
    ['원 into 천원, 반올림', '1,234,567원', { ...CHEON, conversionRounding: 'half-up' }, '1235'],
    ['원 into 천원, 절사', '1,234,567원', { ...CHEON, conversionRounding: 'down' }, '1234'],
    ['원 into 천원, 올림', '1,234,001원', { ...CHEON, conversionRounding: 'up' }, '1235'],
    ['원 into 천원, 반올림 of exactly .5', '1,234,500원', { ...CHEON, conversionRounding: 'half-up' }, '1235'],
    ['원 into 천원, 반올림 just below .5', '1,234,499원', { ...CHEON, conversionRounding: 'half-up' }, '1234'],
    ['negative 원 into 천원, 반올림 (magnitude rounded)', '△1,234,567원', { ...CHEON, conversionRounding: 'half-up' }, '-1235'],
    ['negative 원 into 천원, 절사 toward zero', '△1,234,567원', { ...CHEON, conversionRounding: 'down' }, '-1234'],
    ['integral conversion untouched by rounding', '1,234,000원', { ...CHEON, conversionRounding: 'down' }, '1234'],
    ['천원 into 원', '1.5천원', WON, '1500'],
    ['천원 with three decimals (exact to the 원)', '1,234.567', CHEON, '1234.567'],
    ['triangle △ negative', '△1,234', CHEON, '-1234'],
    ['triangle ▲ negative', '▲1,234', CHEON, '-1234'],
    ['hyphen-minus negative', '-1,234', CHEON, '-1234'],
    ['parenthesised negative', '(1,234)', CHEON, '-1234'],
    ['Unicode minus', '\u22125', CHEON, '-5'],
    ['full-width hyphen', '\uFF0D5', CHEON, '-5'],
    ['negative with unit suffix', '△44,000백만원', CHEON, '-44000000'],
    ['NBSP around', '\u00A01,234\u00A0', CHEON, '1234'],
    ['NBSP between number and unit', '1,234\u00A0천원', CHEON, '1234'],
    ['negative zero is plain zero', '△0', CHEON, '0'],
    ['integer beyond 2^53 stays exact', '9,007,199,254,740,993', CHEON, '9007199254740993'],
  ])('%s: %j', (_name, raw, opts, expected) => {
    expect(valueOf(parseAmount(raw, opts))).toBe(expected);
  });

  test('negative zero has no sign', () => {
    const r = parseAmount('(0)', CHEON);
    expect(r.kind).toBe('value');
    if (r.kind === 'value') expect(r.value.isNegative()).toBe(false);
  });

  test('full-width digits and comma fold, with a note', () => {
    const r = parseAmount('１，２３４', CHEON);
    expect(r).toMatchObject({ kind: 'value', note: 'normalized' });
    expect(valueOf(r)).toBe('1234');
  });

  test('Unicode minus folds, with a note', () => {
    expect(parseAmount('\u22125', CHEON)).toMatchObject({ kind: 'value', note: 'normalized' });
  });

  test('ordinary text has no note', () => {
    const r = parseAmount('1,234', CHEON);
    expect(r.kind).toBe('value');
    expect(r.kind === 'value' && r.note).toBeFalsy();
  });
});

describe('parseAmount: blanks', () => {
  test.each(['', '-', '   ', '\u00A0', '–', '—'])('%j is zero under blank:zero', (raw) => {
    expect(valueOf(parseAmount(raw, { unit: '천원', blank: 'zero' }))).toBe('0');
  });
  test.each(['', '-', '   ', '\u00A0', '–', '—'])('%j is missing under blank:missing', (raw) => {
    expect(parseAmount(raw, { unit: '천원', blank: 'missing' })).toEqual({ kind: 'missing' });
  });
});

describe('parseAmount: rejected notations', () => {
  test.each<[string, string, AmountOptions]>([
    ['European decimal comma', '1.234,5', CHEON],
    ['exponent', '1e3', CHEON],
    ['hexadecimal', '0x10', CHEON],
    ['NaN', 'NaN', CHEON],
    ['Infinity', 'Infinity', CHEON],
    ['-Infinity', '-Infinity', CHEON],
    ['group of two', '12,34', CHEON],
    ['group of four', '1,2345', CHEON],
    ['leading comma', ',123', CHEON],
    ['trailing comma', '123,', CHEON],
    ['Hangul numeral', '일천', CHEON],
    ['double minus', '--5', CHEON],
    ['parenthesised triangle', '(△5)', CHEON],
    ['parenthesised minus', '(-5)', CHEON],
    ['lone triangle', '△', CHEON],
    ['more than 3 decimals in 천원', '1.2345', CHEON],
    ['more than 3 decimals in 천원 with suffix', '1.2345천원', CHEON],
    ['decimals of 원 into 천원', '1.5원', CHEON],
    ['decimals of 원 in a 원 dataset', '1.5원', WON],
    ['decimals in a 원 dataset', '1.5', WON],
    ['억원 is not a unit the tables use', '5억원', CHEON],
    ['leading decimal point', '.5', CHEON],
    ['trailing decimal point', '5.', CHEON],
    ['space inside the digits', '1 234', CHEON],
    ['words', 'abc', CHEON],
  ])('%s: %j', (_name, raw, opts) => {
    const r = parseAmount(raw, opts);
    expect(r.kind).toBe('error');
  });

  // A conversion rule rounds what is exact to the 원; it must not launder a fraction of a 원.
  test.each(['half-up', 'down', 'up'] as const)('1.5원 stays an error with conversionRounding %s', (rounding) => {
    expect(parseAmount('1.5원', { ...CHEON, conversionRounding: rounding }).kind).toBe('error');
  });
  test.each(['half-up', 'down', 'up'] as const)('1.2345천원 in a 원 dataset stays an error with %s', (rounding) => {
    expect(parseAmount('1.2345천원', { ...WON, conversionRounding: rounding }).kind).toBe('error');
  });

  test('an error says what was expected', () => {
    const r = parseAmount('1e3', CHEON);
    expect(r.kind).toBe('error');
    // The expectation is a catalog key, worded in the reader's language where the message is made.
    if (r.kind === 'error') {
      expect(t('ko', r.expected as MessageKey)).toMatch(/^금액 \(예: 1,234/);
      expect(t('en', r.expected as MessageKey)).toMatch(/^an amount \(e\.g\. 1,234/);
    }
  });
});

describe('parseRatio', () => {
  test.each([
    ['70%', '0.7'],
    ['66.25%', '0.6625'],
    ['100%', '1'],
    ['0%', '0'],
    ['0.7', '0.7'],
    ['7:3', '0.7'],
    ['7 : 3', '0.7'],
    ['1:1', '0.5'],
    ['0:5', '0'],
    ['７０％', '0.7'],
  ])('%j → %s', (raw, expected) => {
    const r = parseRatio(raw);
    expect(r.kind).toBe('value');
    if (r.kind === 'value') expect(r.value.toString()).toBe(expected);
  });

  test('1:2 is one third to the working precision', () => {
    const r = parseRatio('1:2');
    expect(r.kind).toBe('value');
    if (r.kind === 'value') expect(r.value.toFixed(10)).toBe('0.3333333333');
  });

  test.each(['0:0', 'abc', '-5%', '1e-1', '7:', ':3', '7:3:1'])('%j is an error', (raw) => {
    expect(parseRatio(raw).kind).toBe('error');
  });

  test('blank is missing', () => {
    expect(parseRatio('')).toEqual({ kind: 'missing' });
  });
});

describe('parsePercent', () => {
  test.each([
    ['116%', '116'],
    ['116', '116'],
    ['66.25%', '66.25'],
    ['-3.5%', '-3.5'],
    ['１１６％', '116'],
  ])('%j → %s', (raw, expected) => {
    const r = parsePercent(raw);
    expect(r.kind).toBe('value');
    if (r.kind === 'value') expect(r.value.toString()).toBe(expected);
  });

  test.each(['', '-'])('%j is missing', (raw) => {
    expect(parsePercent(raw)).toEqual({ kind: 'missing' });
  });

  test.each(['abc', '1e2%', '%', '11 6%'])('%j is an error', (raw) => {
    expect(parsePercent(raw).kind).toBe('error');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Round trip: any exact amount, written the department's way, reads back as the same Decimal.

const LIMIT = 2n ** 70n;

/** Groups an unsigned digit string by three from the right with commas. */
function group(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** `scaled / 10^places` written with thousands separators; negatives as `negMark` (△ by default). */
function formatAmount(scaled: bigint, places: number, negMark: string): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const int = digits.slice(0, digits.length - places);
  const frac = digits.slice(digits.length - places);
  const body = group(int) + (places > 0 ? `.${frac}` : '');
  if (!negative) return body;
  return negMark === '()' ? `(${body})` : `${negMark}${body}`;
}

/** The canonical decimal string of `scaled / 10^places` (no trailing zeros, no "-0"), by string arithmetic only. */
function canonical(scaled: bigint, places: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const int = digits.slice(0, digits.length - places);
  const frac = digits.slice(digits.length - places).replace(/0+$/, '');
  const text = frac === '' ? int : `${int}.${frac}`;
  return negative && scaled !== 0n ? `-${text}` : text;
}

describe('parseAmount round trip (property)', () => {
  test('formatter self-check', () => {
    expect(formatAmount(1234567n, 0, '△')).toBe('1,234,567');
    expect(formatAmount(-1234567n, 3, '△')).toBe('△1,234.567');
    expect(formatAmount(5n, 3, '△')).toBe('0.005');
    expect(formatAmount(-100n, 2, '()')).toBe('(1.00)');
    expect(canonical(-100n, 2)).toBe('-1');
    expect(canonical(1230n, 3)).toBe('1.23');
    expect(canonical(5n, 3)).toBe('0.005');
  });

  test('grouped amounts with 0–3 decimals in ±2^70 read back exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -LIMIT, max: LIMIT }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('△', '▲', '-', '()'),
        (scaled, places, negMark) => {
          const text = formatAmount(scaled, places, negMark);
          const r = parseAmount(text, CHEON);
          expect(r.kind, text).toBe('value');
          if (r.kind !== 'value') return;
          expect(r.value.toString(), text).toBe(canonical(scaled, places));
          // toFixed keeps the written decimals: the same digits, without separators, minus as `-`.
          expect(r.value.toFixed(places), text).toBe(formatAmount(scaled, places, '-').replace(/,/g, ''));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('integers beyond 2^53 stay exact', () => {
    const big = 2n ** 53n;
    fc.assert(
      fc.property(
        fc.bigInt({ min: big + 1n, max: LIMIT }),
        fc.boolean(),
        (magnitude, negative) => {
          const n = negative ? -magnitude : magnitude;
          const r = parseAmount(formatAmount(n, 0, '△'), CHEON);
          expect(r.kind).toBe('value');
          if (r.kind !== 'value') return;
          expect(r.value.toFixed()).toBe(n.toString());
          expect(r.value.isInteger()).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
    // 2^53 + 1 is the first integer a JS number cannot hold.
    expect(valueOf(parseAmount(formatAmount(big + 1n, 0, '△'), CHEON))).toBe('9007199254740993');
  });
});

describe('parseAmount: plain figures in every unit, exactly', () => {
  test('a figure of digits and decimals reads as Decimal reads its text, its 원 an integer when it has no finer part', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,20}$/), fc.option(fc.stringMatching(/^\d{1,8}$/), { nil: undefined }), fc.constantFrom('원', '천원', '백만원') as fc.Arbitrary<'원' | '천원' | '백만원'>, (int, frac, unit) => {
        const text = frac === undefined ? int : `${int}.${frac}`;
        const r = parseAmount(text, { unit, blank: 'missing' });
        const exact = new Decimal(text);
        const won = exact.times({ 원: 1, 천원: 1000, 백만원: 1_000_000 }[unit]);
        if (!won.isInteger()) {
          expect(r).toEqual({ kind: 'error', expected: 'expect.amountToWon' });
          return;
        }
        expect(r.kind).toBe('value');
        if (r.kind !== 'value') return;
        expect(r.value.toFixed()).toBe(exact.toFixed());
        expect(r.units === undefined ? undefined : String(r.units)).toBe(won.abs().lte(Number.MAX_SAFE_INTEGER) ? won.toFixed() : undefined);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseAmount: no figure longer than the sums can hold exactly', () => {
  test('30 digits are read; 31 (or 180,000) are refused, so that no sum rounds', () => {
    const opts = { unit: '원', blank: 'missing' } as const;
    const thirty = '9'.repeat(30);
    const r = parseAmount(thirty, opts);
    expect(r.kind === 'value' && r.value.toFixed()).toBe(thirty);
    expect(parseAmount('9'.repeat(31), opts)).toEqual({ kind: 'error', expected: 'expect.amountDigits' });
    expect(parseAmount('1'.repeat(180_000), opts)).toEqual({ kind: 'error', expected: 'expect.amountDigits' });
    expect(parseAmount(`${'1'.repeat(20)}.${'5'.repeat(11)}`, { unit: '천원', blank: 'missing' })).toEqual({ kind: 'error', expected: 'expect.amountDigits' });
  });
});
