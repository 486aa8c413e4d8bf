import type { Figure, Source } from './dataset.js';

/** growth.csv: a project's stated growth rate for out-years, per source (or `계` for the whole column). */
export interface GrowthRate {
  project: string;
  source: Source | '계';
  /** A fraction: `3%` → 0.03. */
  rate: Figure;
}

/**
 * crossrefs.csv: the same quantity stated in two places of the document. `place` is the claim checked,
 * `other` what it is compared with; a difference is a warning (the two may be budget and actual).
 */
export interface CrossReference {
  project?: string;
  label: string;
  place: Figure;
  other: Figure;
  note?: string;
}
