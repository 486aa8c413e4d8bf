import type { Decimal } from 'decimal.js';

/**
 * A format-neutral table, the one thing the text, CSV and XLSX renderers consume (as hledger's
 * Spreadsheet cells). A cell is text, an exact number with a display kind, or empty.
 */
export type CellKind = 'text' | 'amount' | 'rate' | 'share';

export interface SheetCell {
  kind: CellKind;
  /** Text for `text`; an exact Decimal for numbers; null for an empty cell (e.g. a rate that has none). */
  value: string | Decimal | null;
  /** Decimals shown for rates and shares (amounts are shown exactly). */
  places?: number;
}

export type RowStyle = 'head' | 'item' | 'total';

export interface SheetRow {
  style: RowStyle;
  cells: SheetCell[];
}

export interface Sheet {
  /** Sheet name (XLSX) and the title printed above the table. */
  name: string;
  title: string;
  rows: SheetRow[];
  /** The table's name for `--format csv --table NAME`, the same in every language (`projects`, `years`). */
  id?: string;
  /** How the table narrows on a terminal too narrow for it (render/text.ts). */
  fit?: SheetFit;
}

/**
 * Columns (by index) to leave out first, least important first, and the text column whose long entries
 * may wrap within it. Columns not named here are left out after these, from the right.
 */
export interface SheetFit {
  drop: readonly number[];
  wrap?: number;
}

export const text = (value: string): SheetCell => ({ kind: 'text', value });
export const amount = (value: Decimal | null): SheetCell => ({ kind: 'amount', value });
export const rate = (value: Decimal | null, places: number): SheetCell => ({ kind: 'rate', value, places });
export const share = (value: Decimal | null, places: number): SheetCell => ({ kind: 'share', value, places });
