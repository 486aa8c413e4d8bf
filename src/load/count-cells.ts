import type { Figure } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at } from '../model/provenance.js';
import { parseAmount, parsePercent } from '../parse/number.js';
import { lineOf } from './cells.js';
import { placeOf } from './header.js';
import { cellText, type RawRow, type RawTable } from './raw-table.js';

export const COUNT_EXPECTED = '수 (예: 1,234)';

/**
 * A count of people, jobs or cases (`10,349`): the amount notation without any money unit, blank or `-`
 * meaning "not stated". Returns the figure, null when blank, or undefined after recording an error.
 */
export function readCount(table: RawTable, row: RawRow, column: number, problems: Finding[]): Figure | null | undefined {
  const raw = cellText(row, column);
  const where = at(table.file, row.row, column, table.sheet);
  // Parsed as whole 원 so that decimals are refused; a written money unit is not a count.
  const parsed = /원\s*$/u.test(raw) ? ({ kind: 'error' } as const) : parseAmount(raw, { unit: '원', blank: 'missing' });
  if (parsed.kind === 'missing') return null;
  if (parsed.kind === 'error') {
    problems.push(findingAt('bad-number', 'error', where, { place: placeOf(table, row.row, column), value: raw, expected: COUNT_EXPECTED }, { actual: raw, ...lineOf(row) }));
    return undefined;
  }
  if (parsed.note) problems.push(findingAt('normalized-value', 'warning', where, { place: placeOf(table, row.row, column), value: raw }, lineOf(row)));
  return { value: parsed.value, raw, at: where };
}

/** A printed percentage (`116%` → 116); null when blank. */
export function readPercent(table: RawTable, row: RawRow, column: number, problems: Finding[]): Figure | null | undefined {
  const raw = cellText(row, column);
  const parsed = parsePercent(raw);
  if (parsed.kind === 'missing') return null;
  const where = at(table.file, row.row, column, table.sheet);
  if (parsed.kind === 'error') {
    problems.push(findingAt('bad-number', 'error', where, { place: placeOf(table, row.row, column), value: raw, expected: parsed.expected }, { actual: raw, ...lineOf(row) }));
    return undefined;
  }
  return { value: parsed.value, raw, at: where };
}
