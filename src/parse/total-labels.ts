import { labelKey } from './normalize.js';

/**
 * The row labels that mark a printed total rather than a part, compared as labelKey compares them (`합 계` is
 * `합계`). The one place these words are listed.
 */
const SOURCE_TOTALS: ReadonlySet<string> = new Set(['계', '합계', '소계']);
const PROJECT_TOTALS: ReadonlySet<string> = new Set(['합계', '총계']);

/**
 * Every word a printed table heads a total row or column with, and how far its parts reach: 소계 covers the
 * rows (columns) next to it up to any other total; the others skip 소계 lines and stop at their own kind.
 * 전체 heads a column (`전 체 | 사무인력 … | 현장인력 …`) as 합계 does: the whole of what the row counts.
 */
export type TotalKind = 'all' | 'sub';
const TABLE_TOTALS: ReadonlyMap<string, TotalKind> = new Map([
  ['합계', 'all'],
  ['계', 'all'],
  ['총계', 'all'],
  ['전체', 'all'],
  ['소계', 'sub'],
]);

/** A 재원 cell that states the sum of the sources (`계`, `합계`, `소계`). */
export function isSourceTotal(text: string): boolean {
  return SOURCE_TOTALS.has(labelKey(text));
}

/** A 사업 or 사업명 cell that states the sum over every project (`합계`, `총계`). */
export function isProjectTotal(text: string): boolean {
  return PROJECT_TOTALS.has(labelKey(text));
}

/** The kind of total a printed table's label or header states (`합 계`, `계`, `총계`, `전 체`, `소계`), or undefined. */
export function totalKind(text: string): TotalKind | undefined {
  return TABLE_TOTALS.get(labelKey(text));
}

/** Any label of a printed total, as a table's first column or header writes it. */
export function isTotalLabel(text: string): boolean {
  return totalKind(text) !== undefined;
}

/** Totals a table names by what they add up (`총인원`, `총액`), a note in parentheses after them (`총인원 (현근무자)`). */
const NAMED_TOTALS: ReadonlySet<string> = new Set(['총액', '총인원', '총원']);

/** A row label that states the total of the rows under it by naming what it adds up: `총인원 (현근무자)`. */
export function isNamedTotal(text: string): boolean {
  return NAMED_TOTALS.has(labelKey(text).replace(/\([^()]*\)$/, ''));
}
