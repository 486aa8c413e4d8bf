import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ratio } from '../../src/compute/ratio.js';
import { D, roundBy } from '../../src/model/money.js';

const of = (num: string | number, den: string | number, factor = 1) => Ratio.of(D(num), D(den), factor)!;

describe('Ratio', () => {
  it('rounds half-up (반올림) away from zero on ties, from the exact fraction', () => {
    // 1 ÷ 8 = 0.125 → 0.13; −1 ÷ 8 → −0.13; 1 ÷ 3 = 0.333… → 0.33
    expect(of(1, 8).text(2)).toBe('0.13');
    expect(of(-1, 8).text(2)).toBe('-0.13');
    expect(of(1, -8).text(2)).toBe('-0.13');
    expect(of(1, 3).text(2)).toBe('0.33');
    // −1 ÷ 100 = −0.01 → 0.0 at one place, without a minus sign
    expect(of(-1, 100).text(1)).toBe('0.0');
    // A percent: (1,588,400 − 962,630) ÷ 962,630 × 100 = 65.0063… → 65.0
    expect(of(625770, 962630, 100).text(1)).toBe('65.0');
    expect(of(625770, 962630, 100).round(1).toFixed(1)).toBe('65.0');
  });

  it('works with decimals on either side (amounts in 천원 with 원)', () => {
    // 1.5 ÷ 0.25 = 6; 0.001 ÷ 0.003 = 0.3333… → 0.3333
    expect(of('1.5', '0.25').text(0)).toBe('6');
    expect(of('0.001', '0.003').text(4)).toBe('0.3333');
  });

  it('has no ratio over zero, and a complement that adds up to the whole', () => {
    expect(Ratio.of(D(1), D(0))).toBeNull();
    expect(Ratio.ofIntegers(1n, 0n)).toBeNull();
    // 44,380 ÷ 117,900 and 73,520 ÷ 117,900 (project 3's city and district parts): 0.3764 and 0.6236
    const city = of(44380, 117900);
    expect([city.text(4), city.complement().text(4)]).toEqual(['0.3764', '0.6236']);
    const cityUnits = Ratio.ofIntegers(44380, 117900)!;
    expect([cityUnits.text(4), cityUnits.complement().text(4)]).toEqual(['0.3764', '0.6236']);
    expect(city.complement().value().plus(city.value()).equals(1)).toBe(true);
  });

  it('matches Decimal division then rounding, for amounts of the sizes budgets have', () => {
    // Up to 10^15: the number path (below 2^53 at every step) and, for the larger ones, the bigint path.
    const units = fc.oneof(fc.bigInt({ min: -1000n, max: 1000n }), fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }));
    fc.assert(
      fc.property(units, units, fc.integer({ min: 0, max: 6 }), fc.constantFrom(1, 100), (n, d, places, factor) => {
        fc.pre(d !== 0n);
        // The same fraction from Decimals in 천원 (units ÷ 1000) and from the integers themselves.
        const num = D(n.toString()).div(1000);
        const den = D(d.toString()).div(1000);
        const expected = roundBy(num.times(factor).div(den), places, 'half-up');
        const small = Number.isSafeInteger(Number(n)) && Number.isSafeInteger(Number(d)) ? [Ratio.ofIntegers(Number(n), Number(d), factor)!] : [];
        for (const r of [Ratio.of(num, den, factor)!, Ratio.ofIntegers(n, d, factor)!, ...small]) {
          expect(r.round(places).equals(expected)).toBe(true);
          expect(r.text(places)).toBe(expected.isZero() ? expected.abs().toFixed(places) : expected.toFixed(places));
          expect(r.value().equals(num.times(factor).div(den))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the double nearest the exact quotient (a cached cell value), on the number and bigint paths alike', () => {
    // 1 ÷ 3 and 2 ÷ 3 (the complement) as IEEE division rounds them; 100 × 44,380 ÷ 117,900 in percent.
    expect([Ratio.ofIntegers(1, 3)!.toNumber(), Ratio.ofIntegers(1, 3)!.complement().toNumber()]).toEqual([1 / 3, 2 / 3]);
    expect(Ratio.ofIntegers(44380n, 117900n, 100)!.toNumber()).toBe(4438000 / 117900);
    const units = fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n });
    fc.assert(
      fc.property(units, units, fc.constantFrom(1, 100), (n, d, factor) => {
        fc.pre(d !== 0n);
        const small = Number.isSafeInteger(Number(n)) && Number.isSafeInteger(Number(d)) ? [Ratio.ofIntegers(Number(n), Number(d), factor)!] : [];
        for (const r of [Ratio.ofIntegers(n, d, factor)!, ...small]) expect(isNearestDouble(r.toNumber(), n * BigInt(factor), d)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Whether x is a double nearest to num ÷ den, checked in exact integer arithmetic (independently of the
 * code under test): no neighbouring double is strictly nearer.
 */
function isNearestDouble(x: number, num: bigint, den: bigint): boolean {
  const distance = (y: number): [bigint, bigint] => {
    // |num/den − y| as a fraction, with y = m · 2^e exactly.
    const [m, e] = exactBinary(y);
    const [yn, yd] = e >= 0 ? [m * 2n ** BigInt(e), 1n] : [m, 2n ** BigInt(-e)];
    const top = num * yd - yn * den;
    return [top < 0n ? -top : top, (den < 0n ? -den : den) * yd];
  };
  const [a, b] = distance(x);
  return [nextAfter(x, Infinity), nextAfter(x, -Infinity)].every((y) => {
    const [c, d] = distance(y);
    return a * d <= c * b;
  });
}

/** A finite double as m · 2^e with integer m. */
function exactBinary(y: number): [bigint, number] {
  if (y === 0) return [0n, 0];
  let e = 0;
  while (!Number.isInteger(y)) {
    y *= 2;
    e--;
  }
  return [BigInt(y), e];
}

/** The next double after x towards `to`. */
function nextAfter(x: number, to: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const up = to > x === x >= 0;
  view.setBigUint64(0, x === 0 ? 1n : up ? bits + 1n : bits - 1n);
  const y = view.getFloat64(0);
  return x === 0 && to < 0 ? -y : y;
}
