import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ratio } from '../../src/compute/ratio.js';
import { D, roundBy } from '../../src/model/money.js';

describe('Ratio', () => {
  it('rounds half-up (반올림) away from zero on ties, from the exact fraction', () => {
    // 1 ÷ 8 = 0.125 → 0.13; −1 ÷ 8 → −0.13; 1 ÷ 3 = 0.333… → 0.33
    expect(new Ratio(D(1), D(8)).round(2).toFixed(2)).toBe('0.13');
    expect(new Ratio(D(-1), D(8)).round(2).toFixed(2)).toBe('-0.13');
    expect(new Ratio(D(1), D(-8)).round(2).toFixed(2)).toBe('-0.13');
    expect(new Ratio(D(1), D(3)).round(2).toFixed(2)).toBe('0.33');
    // A percent: (1,588,400 − 962,630) ÷ 962,630 × 100 = 65.0063… → 65.0
    expect(new Ratio(D(625770), D(962630), 100).round(1).toFixed(1)).toBe('65.0');
  });

  it('works with decimals on either side (amounts in 천원 with 원)', () => {
    // 1.5 ÷ 0.25 = 6; 0.001 ÷ 0.003 = 0.3333… → 0.3333
    expect(new Ratio(D('1.5'), D('0.25')).round(0).toFixed(0)).toBe('6');
    expect(new Ratio(D('0.001'), D('0.003')).round(4).toFixed(4)).toBe('0.3333');
  });

  it('has no ratio over zero, and a complement that adds up to the whole', () => {
    expect(Ratio.of(D(1), D(0))).toBeNull();
    // 44,380 ÷ 117,900 and 73,520 ÷ 117,900 (project 3's city and district parts)
    const city = Ratio.of(D(44380), D(117900))!;
    expect(city.complement().value().plus(city.value()).equals(1)).toBe(true);
  });

  it('matches Decimal division then rounding, for amounts of the sizes budgets have', () => {
    const amount = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map((n) => D(n.toString()).div(1000));
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: 0, max: 6 }), fc.constantFrom(1, 100), (num, den, places, factor) => {
        fc.pre(!den.isZero());
        const r = new Ratio(num, den, factor);
        expect(r.round(places).equals(roundBy(num.times(factor).div(den), places, 'half-up'))).toBe(true);
        expect(r.value().equals(num.times(factor).div(den))).toBe(true);
      }),
    );
  });
});
