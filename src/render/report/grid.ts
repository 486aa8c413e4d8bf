import type { Decimal } from 'decimal.js';
import { cellAddress } from '../../model/provenance.js';

/**
 * A worksheet laid out cell by cell, format-neutral (no exceljs here): the report's sheets are built as
 * Grids by pure functions and written by render/report-xlsx.ts. Unlike render/sheet.ts (one table per
 * sheet, no formulas), a Grid places several tables on one sheet, with merges, live formulas and comments.
 */
export type GridStyle = 'title' | 'note' | 'head' | 'item' | 'total';

/**
 * How a number is shown: `amount` #,##0 with △ negatives and - for zero (the department's tables, also
 * for counts of people and items), `percent` a fraction shown as a percentage, `headline` an amount
 * followed by its unit word.
 */
export type GridFormat = 'amount' | 'percent' | 'headline';

export interface GridCell {
  /** Text, an exact number, or null for an empty (but styled) cell. */
  value: string | Decimal | null;
  style: GridStyle;
  format?: GridFormat;
  /** Decimals for `percent` (of the percentage, not of the fraction). */
  places?: number;
  /** A live formula (without `=`); `value` is its cached result, the figure jobs-report computed. */
  formula?: string;
  /**
   * Set on a stated figure that disagrees with its parts: the cell shows the figure as stated, highlighted,
   * with this computed value in a comment.
   */
  computed?: Decimal;
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

export interface GridSheet {
  name: string;
  /** 1-based rows of 1-based cells; holes are cells never written. */
  rows: (GridCell | undefined)[][];
  merges: GridRange[];
  /** Rows above this are frozen on screen (0: none). */
  headerRows: number;
  /** Rows repeated at the top of every printed page; `headerRows` when not set. */
  printTitleRows?: number;
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
  /** What each column holds, from column 1: a string of a `number` column is a number's exact decimal text. */
  kinds: ('text' | 'number')[];
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

  constructor(name: string) {
    this.sheet = { name, rows: [], merges: [], headerRows: 0 };
  }

  /** The next free row (1-based): one past the last row written. */
  get nextRow(): number {
    return Math.max(1, this.sheet.rows.length);
  }

  put(row: number, column: number, cell: GridCell): string {
    const r = (this.sheet.rows[row] ??= []);
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
