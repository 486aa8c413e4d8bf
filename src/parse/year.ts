import { labelKey } from './normalize.js';

/** The years a budget or a target may be for: a four-digit year outside them is a typo (1066, 9999), not data. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

export function isYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** The four digits of a year as the tables write it — `2022`, `2022년`, `2022 년` — whatever the year; else undefined. */
export function writtenYear(raw: string): number | undefined {
  const m = /^(\d{4})년?$/.exec(labelKey(raw));
  return m ? Number(m[1]) : undefined;
}

/** A year as the tables write it, from FIRST_YEAR to LAST_YEAR; undefined for anything else. */
export function parseYearLabel(raw: string): number | undefined {
  const year = writtenYear(raw);
  return year !== undefined && isYear(year) ? year : undefined;
}
