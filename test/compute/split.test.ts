import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitByRatio } from '../../src/compute/split.js';
import { D, type Rounding } from '../../src/model/money.js';

describe('splitByRatio: the department\'s figures', () => {
  test.each<[string, string, string, Rounding, string, string]>([
    // 179,598 × 0.6625 = 118,983.675 → truncated 118,983; 179,598 − 118,983 = 60,615 (일자리센터 운영).
    ['일자리센터 at 66.25%, 절사', '179598', '0.6625', 'down', '118983', '60615'],
    // 반올림 would give 118,984 (the .675 rounds up): the document shows why truncation is the rule.
    ['일자리센터 at 66.25%, 반올림', '179598', '0.6625', 'half-up', '118984', '60614'],
    ['일자리센터 at 66.25%, 올림', '179598', '0.6625', 'up', '118984', '60614'],
    // 63,400 × 0.7 = 44,380 exactly; 63,400 − 44,380 = 19,020 (새벽일자리쉼터).
    ['새벽일자리쉼터 at 70%', '63400', '0.7', 'down', '44380', '19020'],
  ])('%s', (_name, total, ratio, rounding, city, district) => {
    const s = splitByRatio(D(total), D(ratio), rounding);
    expect(s.city.toFixed()).toBe(city);
    expect(s.district.toFixed()).toBe(district);
  });

  test('truncation is the default', () => {
    expect(splitByRatio(D(179598), D('0.6625')).city.toFixed()).toBe('118983');
  });
});

describe('splitByRatio: properties', () => {
  const amount = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map((n) => D(n.toString()));
  // Amounts in 천원 exact to the 원: up to three decimals.
  const amountWithWon = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map((n) => D(n.toString()).div(1000));
  const ratio = fc.oneof(
    fc.integer({ min: 0, max: 10_000 }).map((n) => D(n).div(10_000)),
    fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 })).map(([a, b]) => D(a).div(a + b)),
  );
  const rounding = fc.constantFrom<Rounding>('half-up', 'down', 'up');

  test('city + district is always the total, and the city part is whole', () => {
    fc.assert(
      fc.property(fc.oneof(amount, amountWithWon), ratio, rounding, (total, r, rule) => {
        const s = splitByRatio(total, r, rule);
        expect(s.city.plus(s.district).equals(total)).toBe(true);
        expect(s.city.isInteger()).toBe(true);
      }),
    );
  });

  test('the city part is within one unit of total × ratio, on the side the rule says', () => {
    fc.assert(
      fc.property(amount, ratio, rounding, (total, r, rule) => {
        const exact = total.times(r);
        const city = splitByRatio(total, r, rule).city;
        expect(city.minus(exact).abs().lessThan(1)).toBe(true);
        // 절사 moves toward zero, 올림 away from it, 반올림 at most half a unit.
        if (rule === 'down') expect(city.abs().lessThanOrEqualTo(exact.abs())).toBe(true);
        if (rule === 'up') expect(city.abs().greaterThanOrEqualTo(exact.abs())).toBe(true);
        if (rule === 'half-up') expect(city.minus(exact).abs().lessThanOrEqualTo(D('0.5'))).toBe(true);
      }),
    );
  });
});
