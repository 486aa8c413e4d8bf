import type { Decimal } from 'decimal.js';
import type { TargetGroupTable } from '../model/achievement.js';
import type { Figure } from '../model/dataset.js';
import { sum } from '../model/money.js';

export interface GroupShare {
  name: string;
  target: Decimal;
  /** The group's share of the total in percent, exact; null when the total is zero. */
  share: Decimal | null;
}

export interface GroupBreakdown {
  year: number;
  heading: string;
  groups: GroupShare[];
  /** Σ groups: the total the shares are of (the printed 합계 is a claim, checked by `validate`). */
  total: Decimal;
  statedTotal: Figure | null;
}

/**
 * Each group's share of the year's target. Shares are exact; shown with one decimal half-up they may add to
 * 99.9 or 100.1 and are deliberately not forced to 100.0 (700 / 10,900 → 6.4, … → 99.9 in the 2022 table).
 */
export function groupBreakdown(table: TargetGroupTable): GroupBreakdown {
  const total = sum(table.groups.map((g) => g.target.value));
  return {
    year: table.year,
    heading: table.heading,
    groups: table.groups.map((g) => ({ name: g.name, target: g.target.value, share: total.isZero() ? null : g.target.value.div(total).times(100) })),
    total,
    statedTotal: table.statedTotal,
  };
}
