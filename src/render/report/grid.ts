import type { Decimal } from 'decimal.js';
import { D } from '../../model/money.js';
import { quotedSheet } from '../defined-names.js';
import { cellAddress, type Provenance } from '../../model/provenance.js';

/**
 * A worksheet laid out cell by cell, format-neutral (no exceljs here): the report's sheets are built as
 * Grids by pure functions and written by render/report-xlsx.ts. Unlike render/sheet.ts (one table per
 * sheet, no formulas), a Grid places several tables on one sheet, with merges, live formulas and comments.
 */
export type GridStyle = 'title' | 'note' | 'head' | 'item' | 'total';

/**
 * How a number is shown: `amount` #,##0 with △ negatives and - for zero (the department's tables, also
 * for counts of people and items), `percent` a fraction shown as a percentage, `headline` an amount
 * followed by its unit word, `count` a plain whole number (a project's 번호), `fixed` a number with `places`
 * decimals (a rate already in percent, as the budget and achievement tables print it).
 */
export type GridFormat = 'amount' | 'percent' | 'headline' | 'count' | 'fixed';

export interface GridCell {
  /** Text, an exact number, or null for an empty (but styled) cell. */
  value: string | Decimal | null;
  style: GridStyle;
  format?: GridFormat;
  /** Decimals for `percent` (of the percentage, not of the fraction) and `fixed`. */
  places?: number;
  /** A live formula (without `=`); `value` is its cached result, the figure jobs-report computed. */
  formula?: string;
  /**
   * Set on a stated figure that disagrees with its parts: the cell shows the figure as stated, highlighted,
   * with this computed value in a comment.
   */
  computed?: Decimal;
  /** Words printed before a `headline` figure in its format (`□ 2022년 소요예산 :`). */
  label?: string;
  /** The unit word right after the figure (`10,900개`); a `headline` takes the sheet's. */
  unit?: string;
  /** Words printed after a figure in its format (`(2021년 수준)`, `※2021년 말 예상치`). */
  tail?: string;
  /** The mark (`※1`) of a disagreeing figure, printed after it and again before its note under the table. */
  mark?: string;
  /** The data cell this figure was read from (sourceKey), so that a finding about it can link here. */
  source?: string;
  /** A cell of the workbook this text links to (`'2 금천일자리주식회사 운영'!B1`). */
  link?: string;
  align?: 'left' | 'center' | 'right';
  /** Text that keeps its line breaks (bullet lists as printed). */
  wrap?: boolean;
}

export interface GridRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridTable {
  /** First row: the table's title, or its header when it has none. */
  top: number;
  headTop: number;
  headBottom: number;
  /** Last row, notes under the table included. */
  bottom: number;
}

export interface GridSheet {
  name: string;
  /** 1-based rows of 1-based cells; holes are cells never written. */
  rows: (GridCell | undefined)[][];
  merges: GridRange[];
  /** Rows above this are frozen on screen (0: none). */
  headerRows: number;
  /**
   * The sheet's tables, top to bottom: where each starts (its title), its header rows and its last row.
   * Printing breaks pages between them and repeats the header of a table that runs onto another page.
   */
  tables: GridTable[];
  /** Columns printed equally wide (a multi-year table's years), from and to, 1-based. */
  evenColumns?: [number, number];
  /** Data sheets for the loader are hidden from a reader of the report. */
  hidden?: boolean;
  /** The unit word of `headline` cells (천원). */
  unit?: string;
  /** Widest a column may get (characters), so that a long bullet list wraps instead of widening the page. */
  maxWidth?: number;
  /** Rows too many to be cells (the 기관별 sheet's ~36,000), written after one row of the grid. */
  lean?: LeanRows;
}

/**
 * Plain rows under a grid row that serves as their template: each lean cell takes the style of the
 * template's cell in its column (borders, font, number format), so a long table costs a few bytes of XML
 * per cell instead of a styled cell object. The grid's rows below the template (a 합계 row) must leave room:
 * lean row i is row `after + 1 + i`.
 */
export interface LeanRows {
  after: number;
  /**
   * What each column holds, from column 1: a string of a `number` column is a number's exact decimal text;
   * an `id` column holds project numbers, written as numbers where they are whole numbers.
   */
  kinds: ('text' | 'number' | 'id')[];
  count: number;
  /** Row i's cells from column 1: a string, a double, a formula, or null for an empty (styled) cell; made when written. */
  row(i: number): LeanCell[];
  /** The widest cell of each column as shown (display width, from column 1), for the column widths. */
  widths: number[];
}

/** A plain lean cell: a string, a double, or null for an empty (styled) cell. */
export type LeanValue = string | number | null;

export type LeanCell = LeanValue | LeanFormula;

/**
 * A live formula (without `=`) and its cached result: a double, a number's exact decimal text, or '' for
 * a formula whose result is no text at all (a share of nothing).
 */
export interface LeanFormula {
  formula: string;
  value: number | string;
}

/** Tables longer than this many rows are written as lean rows (the bundled report's, of seven projects, never are). */
export const LEAN_ROWS = 100;

/** Builds a GridSheet cell by cell; `put` returns the A1 address, for formulas that refer to the cell. */
export class Grid {
  readonly sheet: GridSheet;
  /** Disagreeing figures put on the sheet whose notes are not yet written (under their table). */
  private marked: GridCell[] = [];

  constructor(name: string) {
    this.sheet = { name, rows: [], merges: [], headerRows: 0, tables: [] };
  }

  private marks = 0;

  /** The marked figures put since the last call, for their notes under the table. */
  takeMarked(): GridCell[] {
    const taken = this.marked;
    this.marked = [];
    return taken;
  }

  /** Records a table written from `top` (its title) with header rows `headTop`–`headBottom`, down to `bottom`. */
  table(top: number, headTop: number, headBottom: number, bottom: number): void {
    this.sheet.tables.push({ top, headTop, headBottom, bottom });
  }

  /** The next free row (1-based): one past the last row written. */
  get nextRow(): number {
    return Math.max(1, this.sheet.rows.length);
  }

  /** A figure that disagrees (`computed` set) is marked `※1`, `※2`, … in the order put. */
  put(row: number, column: number, given: GridCell): string {
    const r = (this.sheet.rows[row] ??= []);
    const cell = given.computed && !given.mark ? { ...given, mark: `※${this.marks + 1}` } : given;
    if (cell !== given) this.marked.push(cell);
    this.marks += cell !== given ? 1 : 0;
    r[column] = cell;
    return cellAddress(row, column);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.sheet.merges.push({ top, left, bottom, right });
    // The covered cells exist (styled, empty) so that borders reach every cell of the range.
    const master = this.sheet.rows[top]?.[left];
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        this.put(r, c, { value: null, style: master?.style ?? 'item' });
      }
    }
  }
}

export const textCell = (value: string, style: GridStyle = 'item', extra: Partial<GridCell> = {}): GridCell => ({ value, style, ...extra });

export const amountCell = (value: Decimal, style: GridStyle = 'item', extra: Partial<GridCell> = {}): GridCell => ({ value, style, format: 'amount', ...extra });

/**
 * A total: a live formula caching the value computed from its parts, or — when the document states a
 * different figure — that stated figure as a plain number, highlighted, with the computed value attached.
 */
export function totalCell(formula: string, computed: Decimal, stated: Decimal | undefined, style: GridStyle = 'total'): GridCell {
  if (stated !== undefined && !stated.eq(computed)) return { value: stated, style, format: 'amount', computed };
  return { value: computed, style, format: 'amount', formula };
}

/** A project's 번호: a number where it is a whole number (`2`), else as written (`2-1`); centred either way. */
export function idCell(id: string, style: GridStyle = 'item'): GridCell {
  return /^\d{1,15}$/.test(id) ? { value: D(id), style, format: 'count', align: 'center' } : textCell(id, style, { align: 'center' });
}

/** A data cell's key: file, sheet and address, as a Provenance or a Finding names it. */
export function sourceKey(file: string, sheet: string | undefined, cell: string): string {
  return `${file}\u0000${sheet ?? ''}\u0000${cell}`;
}

/** `'3 근로자 보호'!E6`: a cell of another sheet, the name quoted as spreadsheets require. */
export function sheetRef(sheet: string, address: string): string {
  return `${quotedSheet(sheet)}!${address}`;
}

/** The cell with the data cell it shows (a stated figure's provenance), for links from 검증. */
export function shownFrom(cell: GridCell, at: Provenance | undefined): GridCell {
  return at ? { ...cell, source: sourceKey(at.file, at.sheet, at.cell) } : cell;
}
