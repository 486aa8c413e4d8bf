import type { Figure, Source } from './dataset.js';
import type { Rounding } from './money.js';

/**
 * How out-years follow a rate: `year-on-year` (전년 대비: each year from the printed previous year) or
 * `compound` (기준연도 복리: each year from the base year's printed figure × (1 + rate)^years).
 */
export type GrowthMethod = 'year-on-year' | 'compound';

/** growth.csv: a project's stated growth rate for out-years, per source (or `계` for the whole column). */
export interface GrowthRate {
  project: string;
  source: Source | '계';
  /** A fraction: `3%` → 0.03. */
  rate: Figure;
  /** 반올림 column: the rounding of each year to the unit (default 반올림). */
  rounding: Rounding;
  /** 방식 column (default 전년 대비). */
  method: GrowthMethod;
  /** 기준연도 column: the last printed year the rule starts from (default the report year). */
  baseYear?: number;
}

/**
 * crossrefs.csv: the same quantity stated in two places of the document. `place` is the claim checked,
 * `other` what it is compared with; a difference is a warning (the two may be budget and actual).
 */
export interface CrossReference {
  project?: string;
  label: string;
  /** For two pairs compared part by part (`12(12)`, 정원(현원)): which part, `n` or `(m)`. */
  part?: string;
  place: Figure;
  other: Figure;
  note?: string;
}
