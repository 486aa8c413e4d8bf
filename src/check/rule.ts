import type { Dataset } from '../model/dataset.js';
import type { CheckResult } from '../model/check.js';
import type { Finding } from '../model/finding.js';

/** What checks need beyond the dataset, loaded by the command before they run (checks do no I/O). */
export interface CheckContext {
  /** Public holidays (`YYYY-MM-DD`) per year, for the years the dataset's usage tables cover. */
  holidays: ReadonlyMap<number, ReadonlySet<string>>;
  /** False with `validate --no-infer`: out-year rules the dataset does not declare are not looked for. */
  infer?: boolean;
}

export interface CheckOutput {
  checks: CheckResult[];
  findings: Finding[];
}

/** A validation rule: pure, one job, every comparison recorded. */
export type CheckRule = (dataset: Dataset, ctx: CheckContext) => CheckOutput;
