import { lineOf, placeOf } from './cell-place.js';
import type { Figure } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at } from '../model/provenance.js';
import { AmountValue, parseAmount, parsePercent, type ParsedAmount, type ParsedRate } from '../parse/number.js';
import { cellText, type RawRow, type RawTable } from './raw-table.js';

export const COUNT_EXPECTED = 'expect.count';

/**
 * A count of people, jobs or cases (`10,349`): the amount notation without any money unit, blank or `-`
 * meaning "not stated". A count is never negative (a target of -60 would read as a rate of -60 %, 달성).
 * Returns the figure, null when blank, or undefined after recording an error.
 */
export function readCount(table: RawTable, row: RawRow, column: number, problems: Finding[]): Figure | null | undefined {
  // Parsed as whole 원 so that decimals are refused; a written money unit is not a count.
  return readWith(table, row, column, problems, (raw) => {
    if (/원\s*$/u.test(raw)) return { kind: 'error', expected: COUNT_EXPECTED };
    const parsed = withExpected(parseAmount(raw, { unit: '원', blank: 'missing' }));
    return parsed.kind === 'value' && parsed.value.lt(0) ? { kind: 'error', expected: NONNEGATIVE_EXPECTED } : parsed;
  });
}

export const NONNEGATIVE_EXPECTED = 'expect.nonnegative-count';

/** A printed percentage (`116%` → 116); null when blank. */
export function readPercent(table: RawTable, row: RawRow, column: number, problems: Finding[]): Figure | null | undefined {
  return readWith(table, row, column, problems, parsePercent);
}

function withExpected(parsed: ParsedAmount): ParsedAmount {
  return parsed.kind === 'error' ? { kind: 'error', expected: COUNT_EXPECTED } : parsed;
}

/** One cell through a parser: the figure, null when blank, or undefined after recording the finding. */
function readWith(table: RawTable, row: RawRow, column: number, problems: Finding[], parse: (raw: string) => ParsedAmount | ParsedRate): Figure | null | undefined {
  const raw = cellText(row, column);
  const parsed = parse(raw);
  if (parsed.kind === 'missing') return null;
  const where = at(table.file, row.row, column, table.sheet);
  const place = { place: placeOf(table, row.row, column), value: raw };
  if (parsed.kind === 'error') {
    problems.push(findingAt('bad-number', 'error', where, { ...place, expected: parsed.expected }, { actual: raw, ...lineOf(row) }));
    return undefined;
  }
  if (parsed instanceof AmountValue && parsed.note) problems.push(findingAt('normalized-value', 'warning', where, place, lineOf(row)));
  return { value: parsed.value, raw, at: where };
}
