import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { excelNumberText, plainDecimal } from '../../src/load/number-text.js';

describe('plainDecimal', () => {
  test('numerals as spreadsheets write them, in plain decimals', () => {
    const cases: [string, string][] = [
      ['2021', '2021'],
      ['1234.5', '1234.5'],
      ['-1.50E+3', '-1500'],
      ['1E-7', '0.0000001'],
      ['1.5e21', '1500000000000000000000'],
      ['0.30000000000000004', '0.30000000000000004'],
      ['.5', '0.5'],
      ['-0', '0'],
      ['007.250', '7.25'],
      ['12345678901234567890', '12345678901234567890'],
    ];
    expect(cases.map(([t]) => plainDecimal(t))).toEqual(cases.map(([, want]) => want));
  });

  test('text that is no numeral is left for the parsers to refuse', () => {
    expect(['', 'abc', '1,000', 'NaN', 'Infinity', '1e99999', '1.2.3'].map(plainDecimal)).toEqual(['', 'abc', '1,000', 'NaN', 'Infinity', '1e99999', '1.2.3']);
  });

  test('the same value as decimal.js reads from the numeral, for any digits and exponent', () => {
    const numeral = fc
      .tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^\d{1,20}$/), fc.option(fc.stringMatching(/^\d{0,12}$/)), fc.option(fc.integer({ min: -40, max: 40 })))
      .map(([sign, whole, fraction, exp]) => `${sign}${whole}${fraction === null ? '' : `.${fraction}`}${exp === null ? '' : `E${exp}`}`);
    fc.assert(fc.property(numeral, (text) => {
      expect(plainDecimal(text)).toBe(new Decimal(text).toFixed());
    }));
  });

  test('a double exceljs hands over reads as the digits Excel wrote (String gives the shortest round trip)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
      expect(plainDecimal(String(d))).toBe(new Decimal(String(d)).toFixed());
    }));
  });
});

describe('excelNumberText: a number cell as Excel shows it, to 15 significant digits', () => {
  test('the double of =0.1+0.2 is 0.3; 2^60 keeps 15 digits; typed figures are unchanged', () => {
    const cases: [string, string][] = [
      ['0.30000000000000004', '0.3'],
      ['1152921504606846976', '1152921504606850000'],
      ['-1.0000000000000002', '-1'],
      ['123456789012345', '123456789012345'],
      ['1234567890123456', '1234567890123460'],
      ['0.000012345678901234567', '0.0000123456789012346'],
      ['1588400', '1588400'],
      ['-1.5E+3', '-1500'],
      ['9.99999999999999999', '10'],
    ];
    expect(cases.map(([t]) => excelNumberText(t))).toEqual(cases.map(([, want]) => want));
  });

  test('equals decimal.js rounding half-up to 15 significant digits', () => {
    const numeral = fc
      .tuple(fc.constantFrom('', '-'), fc.stringMatching(/^\d{1,22}$/), fc.stringMatching(/^\d{0,22}$/))
      .map(([sign, whole, fraction]) => `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}`);
    fc.assert(fc.property(numeral, (text) => {
      const want = new Decimal(text).toSignificantDigits(15, Decimal.ROUND_HALF_UP);
      expect(excelNumberText(text)).toBe(want.isZero() ? '0' : want.toFixed());
    }));
  });
});
