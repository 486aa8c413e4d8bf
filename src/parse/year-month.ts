import { labelKey } from './normalize.js';
import { isYear } from './year.js';

export interface YearMonth {
  year: number;
  month: number;
}

/** `2021-01`, `2021-1`, `2021.1`, `2021.1.`, `2021/1`, `2021년 1월` (spaces anywhere). */
const NUMERIC = /^(\d{4})[-./년](\d{1,2})(?:월|\.)?$/;
/** A date: `2021-01-01` (what a date cell reads as, and what Excel writes to CSV for it), `2021.1.1.`, `2021/1/1`. */
const DATE = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?$/;
/** An English month name and a year: `Jan-21`, `Jan-2021`, `January 2021` (Excel's `mmm-yy` as saved to CSV). */
const NAMED = /^([a-z]{3,9})[-/.]?(\d{2}|\d{4})$/i;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A 연월 (a month of a year) as people and Excel write it: the forms of NUMERIC, NAMED (a two-digit year
 * is 20YY) and a date on the first of its month — how Excel stores a month typed into a cell (`2021-01`
 * becomes 2021-01-01, shown `Jan-21`), so a date cell in a 연월 column is that month. A date on any other
 * day is a day, not a month (`3/22` typed in Excel is 22 March): undefined, as for anything else, so the
 * caller names the cell. Years as parse/year.ts allows them; months 1–12.
 */
export function parseYearMonth(raw: string): YearMonth | undefined {
  const key = labelKey(raw);
  let year: number;
  let month: number;
  const numeric = NUMERIC.exec(key);
  const date = numeric ? null : DATE.exec(key);
  const named = numeric || date ? null : NAMED.exec(key);
  if (numeric) {
    year = Number(numeric[1]);
    month = Number(numeric[2]);
  } else if (date) {
    if (Number(date[3]) !== 1) return undefined;
    year = Number(date[1]);
    month = Number(date[2]);
  } else if (named) {
    const name = named[1]!.toLowerCase();
    month = MONTH_NAMES.findIndex((m) => m === name || (name.length === 3 && m.startsWith(name))) + 1;
    year = Number(named[2]) + (named[2]!.length === 2 ? 2000 : 0);
  } else {
    return undefined;
  }
  return isYear(year) && month >= 1 && month <= 12 ? { year, month } : undefined;
}
