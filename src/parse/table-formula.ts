import type { Decimal } from 'decimal.js';
import { D, roundBy, type Rounding } from '../model/money.js';
import { parseCellAddress } from './cell-address.js';

/** A 0-based grid position. */
export interface GridCell {
  r: number;
  c: number;
}

/**
 * One signed term of a rule: cells added up; or cells counted, 1 for each one filled, text included
 * (Excel's COUNTA: a stated count against the items listed, `B2=COUNTA(C2:G2)`); or one cell times a
 * factor, rounded to the unit by Excel's ROUND (반올림), ROUNDDOWN (절사) or ROUNDUP (올림); or a constant in
 * the table's unit.
 */
export interface FormulaTerm {
  sign: 1 | -1;
  cells: GridCell[];
  count?: true;
  factor?: { value: Decimal; rounding: Rounding };
  constant?: Decimal;
}

/** `A2=SUM(B2:H2)`, `B2=B3+B4`, `E2=C2-D2`, `G3=ROUND(F3*1.1,0)+4500`: a target cell and signed terms. */
export interface TableFormula {
  target: GridCell;
  terms: FormulaTerm[];
}

const ROUNDINGS: Readonly<Record<string, Rounding>> = { ROUND: 'half-up', ROUNDDOWN: 'down', ROUNDUP: 'up' };

/**
 * Parses the declared identities of tables.csv: a cell, `=`, then terms joined by + or −, each a cell, SUM
 * of ranges (`SUM(B3:B4,B7)`), COUNTA of ranges (the filled cells counted), a whole-unit constant (`4500`), or a rate applied to a cell and rounded as
 * Excel writes it (`ROUND(F3*1.1,0)`, `ROUNDDOWN(F3*110%,0)`), so that a composite out-year rule
 * (+10 %, then + 4,500) can be stated: `G3=ROUND(F3*1.1,0)+4500`. Returns the reason as text when the rule
 * cannot be read.
 */
export function parseFormula(text: string): TableFormula | string {
  const src = formulaText(text);
  const eq = src.indexOf('=');
  if (eq < 0) return '=';
  const target = cellOf(src.slice(0, eq));
  if (!target) return src.slice(0, eq);
  const terms: FormulaTerm[] = [];
  const re = /([+-]?)(?:(SUM|COUNTA)\(([^)]*)\)|(ROUND|ROUNDDOWN|ROUNDUP)\(([A-Z]{1,3}[1-9]\d*)\*(\d+(?:\.\d+)?)(%?),0\)|([A-Z]{1,3}[1-9]\d*)|(\d+(?:\.\d+)?))/y;
  const body = src.slice(eq + 1);
  let pos = 0;
  while (pos < body.length) {
    re.lastIndex = pos;
    const m = re.exec(body);
    if (!m || (m[1] === '' && terms.length > 0)) return body.slice(pos);
    const sign = m[1] === '-' ? -1 : 1;
    if (m[9] !== undefined) terms.push({ sign, cells: [], constant: D(m[9]) });
    else if (m[4] !== undefined) {
      const factor = D(m[6]!).div(m[7] === '%' ? 100 : 1);
      terms.push({ sign, cells: [cellOf(m[5]!)!], factor: { value: factor, rounding: ROUNDINGS[m[4]]! } });
    } else {
      const cells = m[3] !== undefined ? rangeCells(m[3]) : [cellOf(m[8]!)];
      if (!cells || cells.some((c) => c === undefined)) return m[0];
      terms.push({ sign, cells: cells as GridCell[], ...(m[2] === 'COUNTA' ? { count: true as const } : {}) });
    }
    pos = re.lastIndex;
  }
  return terms.some((t) => t.cells.length > 0) ? { target, terms } : body;
}

/** A cell's value as a term reads it: × the term's factor, rounded to the unit as it says; as is without one. */
export function termValue(value: Decimal, factor: FormulaTerm['factor']): Decimal {
  return factor ? roundBy(value.times(factor.value), 0, factor.rounding) : value;
}

/** A rule as written, without spaces, with the Unicode minus folded and letters upper-case: `b2 = b3 − b4` → `B2=B3-B4`. */
export function formulaText(text: string): string {
  return text.replace(/\s+/g, '').replace(/\u2212/g, '-').toUpperCase();
}

function rangeCells(list: string): (GridCell | undefined)[] | undefined {
  const out: (GridCell | undefined)[] = [];
  for (const part of list.split(',')) {
    const [a, b] = part.split(':');
    const from = cellOf(a ?? '');
    const to = b === undefined ? from : cellOf(b);
    if (!from || !to) return undefined;
    for (let r = Math.min(from.r, to.r); r <= Math.max(from.r, to.r); r++) {
      for (let c = Math.min(from.c, to.c); c <= Math.max(from.c, to.c); c++) out.push({ r, c });
    }
  }
  return out;
}

function cellOf(text: string): GridCell | undefined {
  const a = parseCellAddress(text);
  return a && { r: a.row - 1, c: a.column - 1 };
}
