import type { Decimal } from 'decimal.js';
import { ZERO } from '../model/money.js';
import { parseCellAddress } from '../parse/cell-address.js';

/**
 * The identities tables.csv states (`B3=SUM(C3:E3)`, `B2=B3+B4`, `E2=C2-D2`) as spreadsheet formulas
 * placed elsewhere: the report writes a printed table lower down a sheet, so every address moves by the
 * same number of rows, and caches the value the formula gives. Only sums and differences of cells occur.
 */
export interface PlacedFormula {
  /** The target cell, moved: 1-based row and column. */
  row: number;
  column: number;
  /** The right-hand side, moved, without `=`. */
  formula: string;
  /** The cells it reads, moved, each with its sign (a range counts each cell once). */
  terms: { row: number; column: number; sign: 1 | -1 }[];
}

const ADDRESS = /\b([A-Z]{1,3})([1-9]\d*)\b/g;
const TERM = /([+-]?)(?:SUM\(([A-Z]{1,3}[1-9]\d*)(?::([A-Z]{1,3}[1-9]\d*))?\)|([A-Z]{1,3}[1-9]\d*))/y;

/** Moves a rule `rowOffset` rows down; undefined when it is not a sum or difference of cells. */
export function placeFormula(rule: string, rowOffset: number): PlacedFormula | undefined {
  const src = rule.replace(/\s+/g, '').toUpperCase();
  const [left, right, ...rest] = src.split('=');
  if (left === undefined || right === undefined || rest.length > 0) return undefined;
  const target = parseCellAddress(left);
  if (!target) return undefined;
  const terms: PlacedFormula['terms'] = [];
  let pos = 0;
  while (pos < right.length) {
    TERM.lastIndex = pos;
    const m = TERM.exec(right);
    if (!m || (m[1] === '' && pos > 0)) return undefined;
    const sign = m[1] === '-' ? -1 : 1;
    const from = parseCellAddress(m[2] ?? m[4]!)!;
    const to = m[3] !== undefined ? parseCellAddress(m[3])! : from;
    for (let r = Math.min(from.row, to.row); r <= Math.max(from.row, to.row); r++) {
      for (let c = Math.min(from.column, to.column); c <= Math.max(from.column, to.column); c++) terms.push({ row: r + rowOffset, column: c, sign });
    }
    pos = TERM.lastIndex;
  }
  if (terms.length === 0) return undefined;
  const formula = right.replace(ADDRESS, (_, col: string, row: string) => `${col}${Number(row) + rowOffset}`);
  return { row: target.row + rowOffset, column: target.column, formula, terms };
}

/**
 * The value a placed formula gives, reading each cell with `valueAt` (undefined: blank, counts as zero as
 * in a spreadsheet). Null when a term is text (e.g. `12(12)`): a spreadsheet would not sum what is printed.
 */
export function evaluateFormula(f: PlacedFormula, valueAt: (row: number, column: number) => Decimal | undefined | null): Decimal | null {
  let total = ZERO;
  for (const term of f.terms) {
    const v = valueAt(term.row, term.column);
    if (v === null) return null;
    if (v !== undefined) total = term.sign === 1 ? total.plus(v) : total.minus(v);
  }
  return total;
}
