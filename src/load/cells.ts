import type { Figure, Source } from '../model/dataset.js';
import { isSource } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at } from '../model/provenance.js';
import { labelKey } from '../parse/normalize.js';
import { parseAmount, parseRatio, type AmountOptions } from '../parse/number.js';
import { lineOf, placeOf } from './cell-place.js';
import { cellText, type RawRow, type RawTable } from './raw-table.js';

/**
 * Reads one amount cell. Returns the figure, null when the cell is blank and blank means "missing",
 * or undefined after recording an error finding (file, sheet, cell, raw value, what was expected).
 */
export function readAmount(
  table: RawTable,
  row: RawRow,
  column: number,
  opts: AmountOptions,
  problems: Finding[],
): Figure | null | undefined {
  const raw = cellText(row, column);
  const where = at(table.file, row.row, column, table.sheet);
  const parsed = parseAmount(raw, opts);
  if (parsed.kind === 'missing') return null;
  if (parsed.kind === 'error') {
    problems.push(findingAt('bad-number', 'error', where, { place: placeOf(table, row.row, column), value: raw, expected: parsed.expected }, { actual: raw, ...lineOf(row) }));
    return undefined;
  }
  if (parsed.note) {
    problems.push(findingAt('normalized-value', 'warning', where, { place: placeOf(table, row.row, column), value: raw }, lineOf(row)));
  }
  return { value: parsed.value, raw, at: where };
}

export function readRatio(table: RawTable, row: RawRow, column: number, problems: Finding[]): Figure | null | undefined {
  const raw = cellText(row, column);
  const parsed = parseRatio(raw);
  if (parsed.kind === 'missing') return null;
  const where = at(table.file, row.row, column, table.sheet);
  if (parsed.kind === 'error') {
    problems.push(findingAt('bad-number', 'error', where, { place: placeOf(table, row.row, column), value: raw, expected: parsed.expected }, { actual: raw, ...lineOf(row) }));
    return undefined;
  }
  return { value: parsed.value, raw, at: where };
}

/** A source label as printed (`구 비`, `시비`); records an error for anything else. */
export function readSource(table: RawTable, row: RawRow, column: number, problems: Finding[]): Source | undefined {
  const raw = cellText(row, column);
  const key = labelKey(raw);
  if (isSource(key)) return key;
  problems.push(findingAt('unknown-source', 'error', at(table.file, row.row, column, table.sheet), { place: placeOf(table, row.row, column), value: raw }, { actual: raw, ...lineOf(row) }));
  return undefined;
}

/** The years a budget or a target may be for: a four-digit year outside them is a typo (1066, 9999), not data. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

export function isYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** `2022`, `2022년`: a four-digit year from 1900 to 2199; records an error naming the cell otherwise. */
export function readYear(table: RawTable, row: RawRow, column: number, problems: Finding[]): number | undefined {
  const raw = cellText(row, column);
  const year = parseYearLabel(raw);
  if (year !== undefined) return year;
  const written = FOUR_DIGIT_YEAR.exec(labelKey(raw));
  const place = { place: placeOf(table, row.row, column), value: raw };
  const where = at(table.file, row.row, column, table.sheet);
  if (written) problems.push(findingAt('year-out-of-range', 'error', where, { ...place, first: String(FIRST_YEAR), last: String(LAST_YEAR) }, { actual: raw, ...lineOf(row) }));
  else problems.push(findingAt('unknown-year', 'error', where, place, { actual: raw, ...lineOf(row) }));
  return undefined;
}

const FOUR_DIGIT_YEAR = /^(\d{4})\s*년?$/;

/** A year label (`2022`, `2022년`) within FIRST_YEAR–LAST_YEAR; undefined for anything else. */
export function parseYearLabel(raw: string): number | undefined {
  const m = FOUR_DIGIT_YEAR.exec(labelKey(raw));
  return m && isYear(Number(m[1])) ? Number(m[1]) : undefined;
}
