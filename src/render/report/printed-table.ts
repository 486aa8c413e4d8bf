import type { Decimal } from 'decimal.js';
import { evaluateFormula, placeFormula } from '../../compute/cell-formula.js';
import type { Dataset, PrintedTable } from '../../model/dataset.js';
import type { Unit } from '../../model/money.js';
import { isBareFigure, parseAmount } from '../../parse/number.js';
import { parseYearLabel } from '../../parse/year.js';
import { writeMarkNotes, type ReportLook } from './mark-notes.js';
import { amountCell, sourceKey, textCell, totalCell, type Grid, type GridCell } from './grid.js';
import { cellAddress } from '../../model/provenance.js';


/**
 * Writes a printed table at `top` (its title and unit line first), cell for cell: figures as number
 * cells, the header's spanning labels merged as printed, a group label in the first column merged down
 * its group, and every identity the manifest states as a live formula in the total's cell. Returns the
 * next free row.
 */
export function writePrintedTable(grid: Grid, table: PrintedTable, top: number, unit: Unit, look: ReportLook): number {
  let row = top;
  grid.put(row++, 1, textCell(`○ ${table.title}`, 'title'));
  const note = [table.unit && `단위 : ${table.unit}`, table.asOf && `기준 : ${table.asOf}`].filter(Boolean).join(', ');
  if (note) grid.put(row++, 1, textCell(`(${note})`, 'note'));
  const offset = row - 1;
  const heads = headerRowCount(table.rows);
  const width = Math.max(...table.rows.map((r) => r.length));
  const values = new Map<string, Decimal | null>();
  table.rows.forEach((cells, i) => {
    for (let c = 1; c <= width; c++) {
      const text = cells[c - 1] ?? '';
      const cell = i < heads ? textCell(text, 'head') : { ...bodyCell(text, c, unit), source: sourceKey(table.file, table.sheet, cellAddress(i + 1, c)) };
      grid.put(offset + i + 1, c, cell);
      // Figures by address for the rules; text is null (a rule over it is not a sum), blanks stay unset.
      if (cell.format) values.set(`${offset + i + 1}:${c}`, cell.value as Decimal);
      else if (text.trim() !== '') values.set(`${offset + i + 1}:${c}`, null);
    }
  });
  for (const rule of table.rules) placeRule(grid, rule, offset, values);
  mergeHeader(grid, table.rows, heads, offset, width);
  mergeGroups(grid, table.rows, heads, offset, width);
  const end = writeMarkNotes(grid, offset + table.rows.length + 1, look.lang, look.negative);
  grid.table(top, offset + 1, offset + heads, end - 1);
  return end;
}

/** A column headed 원문 (the running text a figure was read from) marks a table kept for checking, not printed. */
const SOURCE_TEXT = '원문';

/**
 * The printed tables of a project (or, for undefined, the division's own), in the manifest's order.
 * Tables transcribed from running text so that validate can check the sums it states (a `원문` column)
 * stay in the hidden data: the document prints no such table.
 */
export function printedTables(dataset: Dataset, project: string | undefined): PrintedTable[] {
  return dataset.tables.filter((tb) => tb.project === project && !(tb.rows[0] ?? []).some((h) => h.trim() === SOURCE_TEXT));
}

function bodyCell(text: string, column: number, unit: Unit): GridCell {
  const t = text.trim();
  // A bare figure (`1,988,030`, `△5`, `-`) is a number cell; `12(12)` or `43회/43명` stay text, and so does a
  // year used as a row label (`2021` in the participation table), which is a label, not a count.
  if ((isBareFigure(t) || t === '-') && !(column === 1 && parseYearLabel(t) !== undefined)) {
    const parsed = parseAmount(t, { unit, blank: 'zero' });
    if (parsed.kind === 'value') return amountCell(parsed.value);
  }
  // Counts printed with their units (`12(12)`, `43회/43명`) line up with the figures; a sentence that happens
  // to start with a digit (`4명 - 무기계약직 3 …`) reads from the left like any text.
  const countLike = /^\d/.test(t) && !/\s/.test(t);
  return textCell(text, 'item', text.includes('\n') ? { wrap: true } : countLike ? { align: 'right' } : {});
}

/** A stated identity becomes a formula where every cell it reads is a figure; text terms leave it as printed. */
function placeRule(grid: Grid, rule: string, offset: number, values: Map<string, Decimal | null>): void {
  const f = placeFormula(rule, offset);
  if (!f) return;
  const stated = values.get(`${f.row}:${f.column}`);
  if (!stated) return;
  const computed = evaluateFormula(f, (r, c) => values.get(`${r}:${c}`));
  if (computed === null) return;
  const source = grid.sheet.rows[f.row]?.[f.column]?.source;
  grid.put(f.row, f.column, { ...totalCell(f.formula, computed, stated, 'item'), ...(source ? { source } : {}) });
}

/**
 * Two header rows when the second starts blank under a first-row label (`수요처` over nothing, the
 * years or measures under spanning labels); otherwise the first row alone is the header.
 */
function headerRowCount(rows: string[][]): number {
  const first = rows[0]?.[0]?.trim() ?? '';
  const second = rows[1]?.[0]?.trim();
  return rows.length > 2 && first !== '' && second === '' ? 2 : 1;
}

/** A first-row label followed by blanks spans them; a label with nothing under it spans both header rows. */
function mergeHeader(grid: Grid, rows: string[][], heads: number, offset: number, width: number): void {
  const top = rows[0] ?? [];
  for (let c = 1; c <= width; c++) {
    if ((top[c - 1] ?? '').trim() === '') continue;
    let end = c;
    while (end < width && (top[end] ?? '').trim() === '' && heads === 2 && (rows[1]?.[end] ?? '').trim() !== '') end++;
    const under = heads === 2 && (rows[1]?.[c - 1] ?? '').trim() === '';
    grid.merge(offset + 1, c, offset + (under && end === c ? 2 : 1), end);
  }
}

/**
 * A first-column label followed by blank labels is a group (수요처 over its facilities): the label, and
 * any column whose only figure sits in the group's first row (a contract amount per client), merge down it.
 */
function mergeGroups(grid: Grid, rows: string[][], heads: number, offset: number, width: number): void {
  const blank = (r: number, c: number): boolean => (rows[r]?.[c - 1] ?? '').trim() === '';
  for (let r = heads; r < rows.length; r++) {
    if (blank(r, 1)) continue;
    let end = r;
    while (end + 1 < rows.length && blank(end + 1, 1)) end++;
    if (end === r) continue;
    for (let c = 1; c <= width; c++) {
      let alone = !blank(r, c);
      for (let k = r + 1; k <= end && alone; k++) alone = blank(k, c);
      if (alone) grid.merge(offset + r + 1, c, offset + end + 1, c);
    }
  }
}
