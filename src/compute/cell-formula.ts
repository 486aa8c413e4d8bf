import type { Decimal } from 'decimal.js';
import { D, ZERO } from '../model/money.js';
import { formulaText, parseFormula, termValue, type FormulaTerm } from '../parse/table-formula.js';

/**
 * The identities tables.csv states (`B3=SUM(C3:E3)`, `B2=B3+B4`, `E2=C2-D2`, `G3=ROUND(F3*1.1,0)+4500`)
 * as spreadsheet formulas placed elsewhere: the report writes a printed table lower down a sheet, so every
 * address moves by the same number of rows, and caches the value the formula gives. The rule is read by
 * the one parser of tables.csv rules (parse/table-formula.ts), whose grammar is Excel's own.
 */
export interface PlacedFormula {
  /** The target cell, moved: 1-based row and column. */
  row: number;
  column: number;
  /** The right-hand side, moved, without `=`. */
  formula: string;
  /** The cells it reads, moved, each with its sign (a range counts each cell once) and a rate term's factor. */
  terms: { row: number; column: number; sign: 1 | -1; count?: true; factor?: FormulaTerm['factor'] }[];
  /** The constants it adds, signed and summed. */
  constant: Decimal;
}

const ONE = D(1);

const ADDRESS = /\b([A-Z]{1,3})([1-9]\d*)\b/g;

/** Moves a rule `rowOffset` rows down; undefined when tables.csv's grammar cannot read it. */
export function placeFormula(rule: string, rowOffset: number): PlacedFormula | undefined {
  const f = parseFormula(rule);
  if (typeof f === 'string') return undefined;
  const right = formulaText(rule).split('=')[1]!;
  const terms: PlacedFormula['terms'] = [];
  let constant = ZERO;
  for (const t of f.terms) {
    if (t.constant) constant = t.sign === 1 ? constant.plus(t.constant) : constant.minus(t.constant);
    for (const c of t.cells) terms.push({ row: c.r + 1 + rowOffset, column: c.c + 1, sign: t.sign, ...(t.count ? { count: t.count } : {}), ...(t.factor ? { factor: t.factor } : {}) });
  }
  const formula = right.replace(ADDRESS, (_, col: string, row: string) => `${col}${Number(row) + rowOffset}`);
  return { row: f.target.r + 1 + rowOffset, column: f.target.c + 1, formula, terms, constant };
}

/**
 * The value a placed formula gives, reading each cell with `valueAt` (undefined: blank, counts as zero as
 * in a spreadsheet); a rate term rounds its product as the formula says; a COUNTA term counts each filled
 * cell as one. Null when a summed term is text (e.g. `12(12)`): a spreadsheet would not sum what is printed.
 */
export function evaluateFormula(f: PlacedFormula, valueAt: (row: number, column: number) => Decimal | undefined | null): Decimal | null {
  let total = f.constant;
  for (const term of f.terms) {
    const v = valueAt(term.row, term.column);
    if (v === undefined) continue;
    // COUNTA counts a filled cell, text included, as one.
    if (v === null && !term.count) return null;
    const x = term.count ? ONE : termValue(v!, term.factor);
    total = term.sign === 1 ? total.plus(x) : total.minus(x);
  }
  return total;
}
