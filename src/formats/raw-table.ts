import { isBlankCells } from '../parse/blank.js';

/** A table as read from a file, before any meaning is given to it: every cell is text. */
export interface RawRow {
  /** Row number as Excel shows it (CSV: record number, header = 1). */
  row: number;
  /** For CSV: the line the record starts on (differs from `row` after a quoted newline). */
  line?: number;
  cells: string[];
}

export interface RawTable {
  file: string;
  sheet?: string;
  rows: RawRow[];
}

export function cellText(row: RawRow, column: number): string {
  return row.cells[column - 1] ?? '';
}

/** A blank row, by the one rule (parse/blank.ts): every reader skips it. */
export function isBlankRow(row: RawRow): boolean {
  return isBlankCells(row.cells);
}
