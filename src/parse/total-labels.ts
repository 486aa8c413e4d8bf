import { labelKey } from './normalize.js';

/**
 * The row labels that mark a printed total rather than a part, compared as labelKey compares them (`합 계` is
 * `합계`). The one place these words are listed.
 */
const SOURCE_TOTALS: ReadonlySet<string> = new Set(['계', '합계', '소계']);
const PROJECT_TOTALS: ReadonlySet<string> = new Set(['합계', '총계']);

/** A 재원 cell that states the sum of the sources (`계`, `합계`, `소계`). */
export function isSourceTotal(text: string): boolean {
  return SOURCE_TOTALS.has(labelKey(text));
}

/** A 사업 or 사업명 cell that states the sum over every project (`합계`, `총계`). */
export function isProjectTotal(text: string): boolean {
  return PROJECT_TOTALS.has(labelKey(text));
}

/** Any label of a printed total (`합 계`, `계`, `총계`, `소계`), as a table's first column or header writes it. */
export function isTotalLabel(text: string): boolean {
  return isSourceTotal(text) || isProjectTotal(text);
}

/** Totals a table names by what they add up (`총인원`, `총액`), a note in parentheses after them (`총인원 (현근무자)`). */
const NAMED_TOTALS: ReadonlySet<string> = new Set(['총액', '총인원', '총원']);

/** A row label that states the total of the rows under it by naming what it adds up: `총인원 (현근무자)`. */
export function isNamedTotal(text: string): boolean {
  return NAMED_TOTALS.has(labelKey(text).replace(/\([^()]*\)$/, ''));
}
