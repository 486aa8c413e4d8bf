import { Decimal } from 'decimal.js';
import { columnLetter } from '../../model/provenance.js';
import type { Sheet, SheetCell } from '../sheet.js';
import { Grid, type GridCell, type GridSheet, type GridStyle } from './grid.js';

/**
 * A table of the budget or achievement report (render/sheet.ts) as a printed sheet: its title, its
 * header, its rows; a 합계 or 계 row's amounts a live SUM of the item rows it adds up (those above it, or
 * below it when it comes first, as 계 in the multi-year table), caching the report's exact total. A total
 * that is not the sum of the rows shown (a figure as stated) stays a plain number.
 */
export function sheetGrid(sheet: Sheet, name: string): GridSheet {
  const grid = new Grid(name);
  grid.put(1, 1, { value: sheet.title, style: 'title' });
  const top = 2;
  sheet.rows.forEach((row, i) => {
    const r = top + i;
    const style: GridStyle = row.style;
    row.cells.forEach((cell, k) => grid.put(r, k + 1, gridCell(cell, style)));
    if (row.style !== 'total') return;
    const [from, to] = addedRows(sheet, i);
    if (from > to) return;
    row.cells.forEach((cell, k) => {
      if (cell.kind !== 'amount' || !(cell.value instanceof Decimal)) return;
      let sum = new Decimal(0);
      for (let j = from; j <= to; j++) {
        const v = sheet.rows[j]!.cells[k]?.value;
        if (v instanceof Decimal) sum = sum.plus(v);
      }
      if (!sum.eq(cell.value)) return;
      const c = columnLetter(k + 1);
      grid.put(r, k + 1, { ...gridCell(cell, style), formula: `SUM(${c}${top + from}:${c}${top + to})` });
    });
  });
  const head = sheet.rows.findIndex((r) => r.style === 'head');
  grid.sheet.headerRows = head < 0 ? 1 : top + head;
  grid.table(1, head < 0 ? 1 : top + head, head < 0 ? 1 : top + head, top + sheet.rows.length - 1);
  return grid.sheet;
}

/** The item rows a total row adds up: the run just above it, else the run just below it (0-based, inclusive). */
function addedRows(sheet: Sheet, at: number): [number, number] {
  const item = (j: number): boolean => sheet.rows[j]?.style === 'item';
  let from = at;
  while (item(from - 1)) from--;
  if (from < at) return [from, at - 1];
  let to = at;
  while (item(to + 1)) to++;
  return [at + 1, to];
}

/** Amounts in the amount format; rates and shares (percent figures, as the tables print them) with their decimals. */
function gridCell(cell: SheetCell, style: GridStyle): GridCell {
  if (cell.kind === 'text' || cell.value === null || typeof cell.value === 'string') return { value: cell.value, style };
  if (cell.kind === 'amount') return { value: cell.value, style, format: 'amount' };
  return { value: cell.value, style, format: 'fixed', places: cell.places ?? 0 };
}
