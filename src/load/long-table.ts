import { BudgetLines } from '../model/budget-lines.js';
import type { BudgetLayoutReader } from './budget-table.js';
import { longColumns, LongLayoutDecoder, type LongRow } from './long-layout.js';
import { Header } from './header.js';
import { isBlankCell } from '../parse/blank.js';
import { cellText, isBlankRow, type RawRow } from '../formats/raw-table.js';

/**
 * The tidy long layout from a text table (a workbook sheet, or a CSV already read as text): one row per
 * (기관, 사업, 재원, 연도, 금액). The rows go through the same decoder as the byte-level CSV reader, so both
 * read the layout alike; see LongLayoutDecoder for the rules.
 */
export const readBudgetLong: BudgetLayoutReader = (table, headerIndex, opts, problems, defaultProject) => {
  // The header's own checks (duplicate or empty labels, values right of it) run as for every table.
  new Header(table, table.rows[headerIndex]!, problems);
  const cols = longColumns(table.rows[headerIndex]!.cells, opts.words)!;
  // A CSV's record may be short of the header; a sheet's row just ends at its last value.
  const csvHeader = table.sheet === undefined ? table.rows[headerIndex]!.cells : undefined;
  const decoder = new LongLayoutDecoder(cols, { ...opts, scale: BudgetLines.scaleFor(opts.unit) }, problems, table.file, table.sheet, defaultProject, 16, csvHeader);
  const row = new RawLongRow();
  for (const raw of table.rows.slice(headerIndex + 1)) {
    if (!isBlankRow(raw)) decoder.row(row.at(raw));
  }
  const projects = decoder.finish();
  return { lines: decoder.lines, statedTotals: decoder.statedTotals, projects };
};

/** Long-layout rows read from a text table (XLSX sheets, small CSVs): every answer from the cell text. */
export class RawLongRow implements LongRow {
  row = 0;
  line = 0;
  cells = 0;
  private current: RawRow = { row: 0, cells: [] };
  private previous: RawRow = { row: 0, cells: [] };

  at(raw: RawRow): this {
    this.previous = this.current;
    this.current = raw;
    this.row = raw.row;
    this.cells = raw.cells.length;
    this.line = raw.line ?? raw.row;
    return this;
  }

  text(column: number): string {
    return cellText(this.current, column);
  }

  key(column: number): string {
    return cellText(this.current, column);
  }

  repeats(column: number): boolean {
    return cellText(this.current, column) === cellText(this.previous, column);
  }

  isBlank(column: number): boolean {
    return isBlankCell(cellText(this.current, column));
  }
}
