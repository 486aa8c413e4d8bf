import type { Decimal } from 'decimal.js';
import type { Source } from '../model/dataset.js';
import { fromUnits, unitsText, ZERO } from '../model/money.js';

/** An amount with its split by funding source; `amount` is always Σ bySource. */
export interface SourceAmounts {
  amount: Decimal;
  /** The dataset's declared sources, in table order: the keys of bySource. */
  readonly sources: readonly Source[];
  bySource: Record<Source, Decimal>;
  /** The same figures as exact integers in smallest units, when they fit in one (see UnitAmounts). */
  readonly units?: ExactUnits;
}

/** Amounts as integers in smallest units (`scale` per dataset unit), by source in the declared order. */
export interface ExactUnits {
  scale: number;
  amount: number;
  bySource: readonly number[];
}

/**
 * The total, or source k (in the declared order), as exact decimal text (`1234.5`, never `-0`): from the
 * integers when the sums have them, without making a Decimal — for writers of tens of thousands of figures.
 */
export function amountText(a: SourceAmounts, k?: number): string {
  const u = a.units;
  if (u) return unitsText(k === undefined ? u.amount : u.bySource[k]!, u.scale);
  const d = k === undefined ? a.amount : a.bySource[a.sources[k]!]!;
  return d.isZero() ? '0' : d.toFixed();
}

export function emptyAmounts(sources: readonly Source[]): SourceAmounts {
  return { amount: ZERO, sources, bySource: Object.fromEntries(sources.map((s) => [s, ZERO])) };
}

/**
 * Sums held as exact integers in smallest units: a Decimal is made only when someone asks for one. A
 * national report has ~40,000 such figures, which JSON and rates read straight from the integers.
 */
export class UnitAmounts implements SourceAmounts {
  private total: Decimal | undefined;
  private parts: Record<Source, Decimal> | undefined;

  constructor(
    readonly units: ExactUnits,
    readonly sources: readonly Source[],
  ) {}

  get amount(): Decimal {
    this.total ??= fromUnits(this.units.amount, this.units.scale);
    return this.total;
  }

  get bySource(): Record<Source, Decimal> {
    if (!this.parts) {
      const { bySource, scale } = this.units;
      this.parts = Object.fromEntries(this.sources.map((s, k) => [s, fromUnits(bySource[k]!, scale)]));
    }
    return this.parts;
  }
}
