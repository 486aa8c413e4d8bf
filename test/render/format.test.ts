import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/model/money.js';
import { parseAmount } from '../../src/parse/number.js';
import { formatNumber, plainDecimal } from '../../src/render/format.js';

describe('formatNumber', () => {
  it.each([
    ['1588400', 'triangle', undefined, '1,588,400'],
    ['-43660', 'triangle', undefined, '△43,660'],
    ['-43660', 'minus', undefined, '-43,660'],
    ['0', 'triangle', undefined, '0'],
    ['65.00641', 'triangle', 1, '65.0'],
    ['86.8722', 'triangle', 1, '86.9'],
    ['-0.04', 'triangle', 1, '0.0'], // rounds to zero: no "△0.0"
    ['0.37642069550466497031', 'triangle', 4, '0.3764'],
    ['1234.5', 'triangle', undefined, '1,234.5'],
  ] as const)('%s (%s, %s places) → %s', (value, negative, places, expected) => {
    expect(formatNumber(D(value), { negative }, places)).toBe(expected);
  });

  it('plainDecimal never writes -0', () => {
    expect(plainDecimal(D('-0.04'), 1)).toBe('0.0');
    expect(plainDecimal(D(-5))).toBe('-5');
  });
});

describe('parsing what we print gives back the same number', () => {
  const amount = fc
    .tuple(fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), fc.integer({ min: 0, max: 3 }))
    .map(([units, places]) => D(units.toString()).div(10 ** places));
  it.each(['triangle', 'minus'] as const)('with %s negatives', (negative) => {
    fc.assert(
      fc.property(amount, (value) => {
        const printed = formatNumber(value, { negative });
        const back = parseAmount(printed, { unit: '천원', blank: 'missing' });
        expect(back.kind).toBe('value');
        if (back.kind === 'value') expect(back.value.equals(value)).toBe(true);
      }),
    );
  });
});
