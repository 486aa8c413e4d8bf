import type { Located, Severity } from './finding.js';

/**
 * One identity checked, whether it held or not: JSON and JUnit list every check run, so a reader can
 * see what was compared, not only what failed. `expected` is what the parts give, `actual` what is stated,
 * both exact decimal strings in the dataset unit.
 */
export interface CheckResult extends Located {
  code: string;
  /** The severity a failure of this check has. */
  severity: Severity;
  /** The printed table the check belongs to, for table checks. */
  table?: string;
  expected: string;
  actual: string;
  ok: boolean;
  /** The same values the finding's message takes (labels, years, sources). */
  params: Record<string, string>;
}

/**
 * The code of the record that no identity could be compared (nothing stated a total). It is carried as a failed
 * check, so that every format (JUnit too) shows it, but it is not counted as a check run: "검사 0건" stays true.
 */
export const NOTHING_CHECKED = 'nothing-checked';

/** The checks that compared something: every check but the record that nothing could be compared. */
export function checksRun<T extends { code: string }>(checks: readonly T[]): T[] {
  return checks.filter((c) => c.code !== NOTHING_CHECKED);
}
