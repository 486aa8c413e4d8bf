import type { Figure, Source } from '../model/dataset.js';
import { DISTRICT_SOURCES, type SourceSet } from '../model/source.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at } from '../model/provenance.js';
import { labelKey } from '../parse/normalize.js';
import { FIRST_YEAR, LAST_YEAR, parseYearLabel, writtenYear } from '../parse/year.js';
import { parseAmount, parseRatio, type AmountOptions, type AmountValue } from '../parse/number.js';
import { lineOf, placeOf } from './cell-place.js';
import { cellText, type RawRow, type RawTable } from '../formats/raw-table.js';

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
  const parsed = readAmountValue(table, row, column, opts, problems);
  return parsed ? { value: parsed.value, raw: cellText(row, column), at: at(table.file, row.row, column, table.sheet) } : parsed;
}

/** readAmount's value alone, as exact integer units where it can (the long layout's 440,000 lines make no Decimal). */
export function readAmountValue(
  table: RawTable,
  row: RawRow,
  column: number,
  opts: AmountOptions,
  problems: Finding[],
): AmountValue | null | undefined {
  const raw = cellText(row, column);
  const parsed = parseAmount(raw, opts);
  if (parsed.kind === 'missing') return null;
  if (parsed.kind === 'error') {
    const where = at(table.file, row.row, column, table.sheet);
    problems.push(findingAt('bad-number', 'error', where, { place: placeOf(table, row.row, column), value: raw, expected: parsed.expected }, { actual: raw, ...lineOf(row) }));
    return undefined;
  }
  if (parsed.note) {
    const where = at(table.file, row.row, column, table.sheet);
    problems.push(findingAt('normalized-value', 'warning', where, { place: placeOf(table, row.row, column), value: raw }, lineOf(row)));
  }
  return parsed;
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

/**
 * A source label as printed (with inner spaces too: `구 비`, or a budget book's `국`), named as the dataset
 * declares its sources; records an error naming the declared ones for anything else.
 */
export function readSource(table: RawTable, row: RawRow, column: number, problems: Finding[], sources: SourceSet = DISTRICT_SOURCES): Source | undefined {
  const raw = cellText(row, column);
  const name = sources.named(raw);
  if (name !== undefined) return name;
  problems.push(findingAt('unknown-source', 'error', at(table.file, row.row, column, table.sheet), { place: placeOf(table, row.row, column), value: raw, sources: sources.names.join(', ') }, { actual: raw, ...lineOf(row) }));
  return undefined;
}

/** `2022`, `2022년`: a four-digit year from 1900 to 2199; records an error naming the cell otherwise. */
export function readYear(table: RawTable, row: RawRow, column: number, problems: Finding[]): number | undefined {
  const raw = cellText(row, column);
  const year = parseYearLabel(raw);
  if (year !== undefined) return year;
  const written = writtenYear(raw) !== undefined;
  const place = { place: placeOf(table, row.row, column), value: raw };
  const where = at(table.file, row.row, column, table.sheet);
  if (written) problems.push(findingAt('year-out-of-range', 'error', where, { ...place, first: String(FIRST_YEAR), last: String(LAST_YEAR) }, { actual: raw, ...lineOf(row) }));
  else problems.push(findingAt('unknown-year', 'error', where, place, { actual: raw, ...lineOf(row) }));
  return undefined;
}
