import { parseCellAddress } from '../parse/cell-address.js';
import type { GridCell } from './table-values.js';

/** `A2=SUM(B2:H2)`, `B2=B3+B4`, `E2=C2-D2`: a target cell and signed groups of cells. */
export interface TableFormula {
  target: GridCell;
  terms: { sign: 1 | -1; cells: GridCell[] }[];
}

/**
 * Parses the declared identities of tables.csv: a cell, `=`, then terms joined by + or −, each a cell or
 * SUM of ranges (`SUM(B3:B4,B7)`). Returns the reason as text when the rule cannot be read.
 */
export function parseFormula(text: string): TableFormula | string {
  const src = text.replace(/\s+/g, '').replace(/\u2212/g, '-').toUpperCase();
  const eq = src.indexOf('=');
  if (eq < 0) return '=';
  const target = cellOf(src.slice(0, eq));
  if (!target) return src.slice(0, eq);
  const terms: TableFormula['terms'] = [];
  const re = /([+-]?)(SUM\(([^)]*)\)|[A-Z]{1,3}[1-9]\d*)/y;
  const body = src.slice(eq + 1);
  let pos = 0;
  while (pos < body.length) {
    re.lastIndex = pos;
    const m = re.exec(body);
    if (!m || (m[1] === '' && terms.length > 0)) return body.slice(pos);
    const cells = m[3] !== undefined ? rangeCells(m[3]) : [cellOf(m[2]!)];
    if (!cells || cells.some((c) => c === undefined)) return m[0];
    terms.push({ sign: m[1] === '-' ? -1 : 1, cells: cells as GridCell[] });
    pos = re.lastIndex;
  }
  return terms.length > 0 ? { target, terms } : body;
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
