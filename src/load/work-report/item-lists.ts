import { columnLetter } from '../../model/provenance.js';
import { labelKey } from '../../parse/normalize.js';
import { isTotalLabel } from '../../parse/total-labels.js';

/** One `- 출자금 : 161,928` item of a list printed in a cell. */
const ITEM = /-\s*([^:]+?)\s*:\s*(\d[\d,]*)\s*/g;
/** A header's own identity: `예상 손익(C) (C=A-B)`. */
const HEADER_FORMULA = /\(\s*([A-Z])\s*=\s*([A-Z])\s*([-+])\s*([A-Z])\s*\)/;
/** A header's letter: `수입(A)`. */
const HEADER_LETTER = /\(\s*([A-Z])\s*\)/;

/** A grid row as the printed table will hold it, and which grid row (0-based) its cells come from. */
export interface GridRow {
  cells: string[];
  from: number;
}

/**
 * A table whose total row (총 계) is followed by a row of item lists (`- 출자금 : 161,928 - 보조금 : 60,000` in
 * the column of the total they make up): the list row becomes one row per item, label first and the figure in
 * its column, and each such column's total is the sum of its items. A header that states its own identity
 * (`예상 손익(C) (C=A-B)`) gives that rule over the total row too. Returns the rows and the rules (A1 formulas
 * over the rows as returned, header = row 1).
 */
export function expandItemLists(cells: string[][]): { rows: GridRow[]; rules: string[] } {
  const rows: GridRow[] = cells.map((c, from) => ({ cells: c, from }));
  const total = cells.findIndex((r, i) => i > 0 && isTotalLabel(r[0] ?? ''));
  if (total < 0) return { rows, rules: [] };
  const rules: string[] = [];
  const T = total + 1;
  const list = cells.findIndex((r, i) => i > total && isListRow(r));
  if (list >= 0) {
    const width = cells[0]!.length;
    const items: GridRow[] = [];
    cells[list]!.forEach((cell, c) => {
      if (c === 0 || cell.trim() === '') return;
      // 1-based rows: the items start where the list row was.
      const first = list + 1 + items.length;
      for (const m of cell.matchAll(ITEM)) {
        const row = Array.from({ length: width }, () => '');
        row[0] = m[1]!.trim();
        row[c] = m[2]!;
        items.push({ cells: row, from: list });
      }
      const last = list + items.length;
      rules.push(`${columnLetter(c + 1)}${T}=SUM(${columnLetter(c + 1)}${first}:${columnLetter(c + 1)}${last})`);
    });
    rows.splice(list, 1, ...items);
  }
  const letters = new Map<string, number>();
  (cells[0] ?? []).forEach((h, c) => {
    const m = HEADER_LETTER.exec(h);
    if (m) letters.set(m[1]!, c + 1);
  });
  for (const h of cells[0] ?? []) {
    const m = HEADER_FORMULA.exec(h);
    const [x, y, z] = m ? [letters.get(m[1]!), letters.get(m[2]!), letters.get(m[4]!)] : [];
    if (x && y && z) rules.push(`${columnLetter(x)}${T}=${columnLetter(y)}${T}${m![3]}${columnLetter(z)}${T}`);
  }
  return { rows, rules };
}

/** A row whose label is free and whose other filled cells are each wholly a list of `- label : figure` items. */
function isListRow(row: string[]): boolean {
  const filled = row.slice(1).filter((c) => c.trim() !== '');
  return filled.length > 0 && filled.every((c) => labelKey(c.replace(ITEM, '')) === '' && [...c.matchAll(ITEM)].length > 0);
}
