import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, fromUnits, unitsText } from '../../src/model/money.js';

describe('amounts from integer units', () => {
  it('places the point by the scale and writes no trailing zeros', () => {
    // 1,234,567 원 = 1,234.567 천원; 1,234,500 원 = 1,234.5 천원; −5 원 = −0.005 천원
    expect(unitsText(1234567, 1000)).toBe('1234.567');
    expect(unitsText(1234500, 1000)).toBe('1234.5');
    expect(unitsText(-5, 1000)).toBe('-0.005');
    expect(unitsText(-0, 1000)).toBe('0');
    expect(fromUnits(-0, 1000).isNegative()).toBe(false);
  });

  it('is the same number, and the same text, as the Decimal', () => {
    const safe = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(safe, fc.constantFrom(1, 1000, 1_000_000), (units, scale) => {
        const exact = D(units).div(scale);
        expect(fromUnits(units, scale).equals(exact)).toBe(true);
        expect(unitsText(units, scale)).toBe(exact.toFixed());
      }),
    );
  });
});
