import type { Decimal } from 'decimal.js';
import { SOURCES, type Source } from '../model/dataset.js';
import { fromUnits, ZERO } from '../model/money.js';

/** An amount with its split by funding source; `amount` is always Σ bySource. */
export interface SourceAmounts {
  amount: Decimal;
  bySource: Record<Source, Decimal>;
  /** The same figures as exact integers in smallest units, when they fit in one (see UnitAmounts). */
  readonly units?: ExactUnits;
}

/** Amounts as integers in smallest units (`scale` per dataset unit), by source in SOURCES order. */
export interface ExactUnits {
  scale: number;
  amount: number;
  bySource: readonly number[];
}

export function emptyAmounts(): SourceAmounts {
  return { amount: ZERO, bySource: { 국비: ZERO, 시비: ZERO, 구비: ZERO } };
}

/**
 * Sums held as exact integers in smallest units: a Decimal is made only when someone asks for one. A
 * national report has ~40,000 such figures, which JSON and rates read straight from the integers.
 */
export class UnitAmounts implements SourceAmounts {
  private total: Decimal | undefined;
  private parts: Record<Source, Decimal> | undefined;

  constructor(readonly units: ExactUnits) {}

  get amount(): Decimal {
    this.total ??= fromUnits(this.units.amount, this.units.scale);
    return this.total;
  }

  get bySource(): Record<Source, Decimal> {
    if (!this.parts) {
      const { bySource, scale } = this.units;
      this.parts = Object.fromEntries(SOURCES.map((s, k) => [s, fromUnits(bySource[k]!, scale)])) as Record<Source, Decimal>;
    }
    return this.parts;
  }
}
