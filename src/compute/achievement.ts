import type { Decimal } from 'decimal.js';

/**
 * 달성률 = 실적 ÷ 목표 × 100, exact. The department shows it rounded (by default 반올림 to a whole
 * percent: 10,349 / 8,900 → 116.28… → 116); round with `roundBy` where it is shown, once.
 * A missing or zero target has no rate: null, never a division.
 */
export function achievementRate(result: Decimal, target: Decimal | null): Decimal | null {
  if (target === null || target.isZero()) return null;
  return result.div(target).times(100);
}
