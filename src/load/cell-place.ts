import { at, describePlace } from '../model/provenance.js';
import type { RawRow, RawTable } from '../formats/raw-table.js';

// Where a cell is, as messages name it: used by the header checks and the cell readers alike, so it
// lives apart from both (it was in header.ts and cells.ts, which made them import each other).

/** "budgets.csv C7" / "data.xlsx 소요예산!C7" for message templates. */
export function placeOf(table: RawTable, row: number, column: number): string {
  return describePlace(at(table.file, row, column, table.sheet));
}

/** The record's start line, for CSV rows where it differs from the Excel row. */
export function lineOf(row: RawRow): { line?: number } {
  return row.line !== undefined && row.line !== row.row ? { line: row.line } : {};
}
