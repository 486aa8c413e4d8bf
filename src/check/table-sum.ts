import type { Decimal } from 'decimal.js';
import type { PrintedTable } from '../model/dataset.js';
import { D, ZERO, type Unit } from '../model/money.js';
import { termValue, type FormulaTerm } from '../parse/table-formula.js';
import { PAIR_PART } from '../parse/pair.js';
import { cellRaw, placeIn, tableValue, type GridCell } from './table-values.js';
import type { Collector } from './collector.js';

export type Terms = FormulaTerm[];

const ONE = D(1);

/**
 * Evaluates `target = ±terms…` over a table: blank cells are zero; a COUNTA term counts its filled cells; a pair `n(m)` is two numbers, so a
 * table of pairs gives one comparison per part. A term with a factor is its cell × factor, rounded to the
 * unit as the term says (once, where the department rounds); a constant adds to every part. Returns the
 * cell that is not a number of the target's kind (text, or a plain number among pairs), or null for a
 * blank target (no claim).
 */
export function evaluate(table: PrintedTable, unit: Unit, target: GridCell, terms: Terms): { stated: Decimal[]; expected: Decimal[] } | { bad: GridCell } | null {
  const t = tableValue(cellRaw(table, target), unit);
  if (t.kind === 'blank') return null;
  if (t.kind === 'text') return { bad: target };
  const expected = t.values.map(() => ZERO);
  const add = (sign: 1 | -1, x: Decimal, i: number): void => void (expected[i] = expected[i]!.plus(sign === 1 ? x : x.negated()));
  for (const term of terms) {
    if (term.constant) expected.forEach((_, i) => add(term.sign, term.constant!, i));
    for (const cell of term.cells) {
      const v = tableValue(cellRaw(table, cell), unit);
      if (v.kind === 'blank') continue;
      // COUNTA: a filled cell, an item's name or a figure, is one item.
      if (term.count) {
        expected.forEach((_, i) => add(term.sign, ONE, i));
        continue;
      }
      if (v.kind === 'text' || v.values.length !== expected.length) return { bad: cell };
      v.values.forEach((x, i) => add(term.sign, termValue(x, term.factor), i));
    }
  }
  return { stated: t.values, expected };
}

/** Records one comparison per part of the target (one for a number, two for a pair). */
export function comparePerPart(
  out: Collector,
  code: string,
  table: PrintedTable,
  target: GridCell,
  values: { stated: Decimal[]; expected: Decimal[] },
  params: Record<string, string>,
): void {
  values.stated.forEach((stated, i) => {
    out.compare({
      code,
      severity: 'error',
      at: placeIn(table, target),
      stated,
      expected: values.expected[i]!,
      table: table.title,
      params: { table: table.title, part: values.stated.length > 1 ? ` ${PAIR_PART[i]}` : '', ...params },
    });
  });
}
