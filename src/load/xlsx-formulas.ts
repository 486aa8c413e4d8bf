import { Decimal } from 'decimal.js';

/** A cell's text in the same sheet, '' where blank. */
export type CellLookup = (row: number, column: number) => string;

const NUMERAL = /^-?\d+(?:\.\d+)?$/;

/**
 * What Excel would compute for a formula over its own sheet's cells, when the formula is one a table of
 * figures uses for its totals: `SUM` of cells and ranges, `+`/`-` of cells, numbers and parentheses
 * (`$` anchors allowed). Anything else (another sheet, another function, `*`, `/`, a name) is not
 * evaluated: undefined. As in Excel, SUM skips blank and text cells; `+`/`-` read a blank as 0 and give
 * no value (#VALUE!) for text. Cell texts are numbers as the sheet reader wrote them (plain decimals).
 */
export function evaluateFormula(formula: string, cell: CellLookup): Decimal | undefined {
  const list = (formula.replace(/^=/, '').toUpperCase().match(TOKEN) ?? []).filter((t) => t.trim() !== '');
  let at = 0;
  const peek = (): string | undefined => list[at];
  const fail = (): never => {
    throw NOT_SIMPLE;
  };

  const expression = (): Decimal => {
    let value = term();
    while (peek() === '+' || peek() === '-') value = list[at++] === '+' ? value.plus(term()) : value.minus(term());
    return value;
  };
  const term = (): Decimal => {
    const t = list[at++] ?? fail();
    if (t === '-') return term().neg();
    if (t === '+') return term();
    if (t === '(') {
      const v = expression();
      if (list[at++] !== ')') fail();
      return v;
    }
    if (/^\d/.test(t)) return new Decimal(t);
    if (t === 'SUM' && peek() === '(') return sum();
    const ref = reference(t) ?? fail();
    if (peek() === ':') fail();
    const text = cell(ref[0], ref[1]);
    if (text === '') return new Decimal(0);
    return NUMERAL.test(text) ? new Decimal(text) : fail();
  };
  const sum = (): Decimal => {
    at++;
    let total = new Decimal(0);
    for (;;) {
      const from = reference(peek() ?? '');
      if (from && list[at + 1] === ':') {
        const to = reference(list[at + 2] ?? '') ?? fail();
        at += 3;
        if ((Math.abs(from[0] - to[0]) + 1) * (Math.abs(from[1] - to[1]) + 1) > MAX_RANGE) fail();
        for (let r = Math.min(from[0], to[0]); r <= Math.max(from[0], to[0]); r++) {
          for (let c = Math.min(from[1], to[1]); c <= Math.max(from[1], to[1]); c++) {
            const text = cell(r, c);
            if (NUMERAL.test(text)) total = total.plus(text);
          }
        }
      } else if (from && (list[at + 1] === ',' || list[at + 1] === ')')) {
        at++;
        const text = cell(from[0], from[1]);
        if (NUMERAL.test(text)) total = total.plus(text);
      } else {
        total = total.plus(expression());
      }
      const sep = list[at++];
      if (sep === ')') return total;
      if (sep !== ',') fail();
    }
  };

  try {
    const value = expression();
    return at === list.length ? value : undefined;
  } catch (e) {
    if (e === NOT_SIMPLE) return undefined;
    throw e;
  }
}

const TOKEN = /\$?[A-Z]{1,3}\$?\d+|\d+(?:\.\d+)?|SUM|[-+(),:]|\s+|./g;
const NOT_SIMPLE = new Error('not a simple formula');
/** A range bigger than this is not a table's total: not evaluated (the work stays bounded). */
const MAX_RANGE = 100_000;

/** `$B$12` → [12, 2]; undefined for anything that is not a cell reference (or lies past a big range). */
function reference(token: string): [number, number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(token);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  return row >= 1 && row <= 1_048_576 && column <= 16_384 ? [row, column] : undefined;
}
