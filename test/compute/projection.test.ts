import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { projectYears } from '../../src/compute/projection.js';
import { D, roundBy } from '../../src/model/money.js';

const figures = (base: string, growth: string, from: number, to: number, rounding?: 'half-up' | 'down' | 'up') =>
  projectYears(D(base), D(growth), from, to, rounding).map((y) => [y.year, y.amount.toFixed()]);

describe('projectYears: the department\'s figures', () => {
  test('금천일자리주식회사: 1,588,400 at 3%', () => {
    // 1,588,400 × 1.03 = 1,636,052 exactly; 1,636,052 × 1.03 = 1,685,133.56 → 반올림 1,685,134.
    expect(figures('1588400', '0.03', 2022, 2024)).toEqual([[2023, '1636052'], [2024, '1685134']]);
  });

  test('project 5: 894,869 at 1%', () => {
    // 894,869 × 1.01 = 903,817.69 → 903,818; 903,818 × 1.01 = 912,856.18 → 912,856 (year on year, from the rounded figure).
    expect(figures('894869', '0.01', 2022, 2024)).toEqual([[2023, '903818'], [2024, '912856']]);
  });

  test('절사 gives the lower figure where 반올림 rounds up', () => {
    // 1,685,133.56 truncated is 1,685,133.
    expect(figures('1588400', '0.03', 2022, 2024, 'down')).toEqual([[2023, '1636052'], [2024, '1685133']]);
  });

  test('negative growth: 894,869 at −2%', () => {
    // 894,869 × 0.98 = 876,971.62 → 876,972; 876,972 × 0.98 = 859,432.56 → 859,433.
    expect(figures('894869', '-0.02', 2022, 2024)).toEqual([[2023, '876972'], [2024, '859433']]);
  });

  test('no years when --to is the base year', () => {
    expect(figures('100', '0.03', 2022, 2022)).toEqual([]);
  });
});

describe('projectYears: properties', () => {
  test('each year is the previous rounded figure × (1 + growth), rounded again', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: -1000, max: 1000 }).map((n) => D(n).div(10_000)),
        fc.integer({ min: 1, max: 10 }),
        (base, growth, span) => {
          const years = projectYears(D(base), growth, 2022, 2022 + span);
          expect(years.map((y) => y.year)).toEqual(Array.from({ length: span }, (_, i) => 2023 + i));
          let previous = D(base);
          for (const y of years) {
            expect(y.amount.equals(roundBy(previous.times(growth.plus(1)), 0, 'half-up'))).toBe(true);
            previous = y.amount;
          }
        },
      ),
    );
  });
});
