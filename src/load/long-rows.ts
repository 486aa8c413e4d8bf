import type { LongRow } from './long-layout.js';
import { cellText, type RawRow } from './raw-table.js';

/** Long-layout rows read from a text table (XLSX sheets, small CSVs): every answer from the cell text. */
export class RawLongRow implements LongRow {
  row = 0;
  line = 0;
  private cells: RawRow = { row: 0, cells: [] };
  private previous: RawRow = { row: 0, cells: [] };

  at(raw: RawRow): this {
    this.previous = this.cells;
    this.cells = raw;
    this.row = raw.row;
    this.line = raw.line ?? raw.row;
    return this;
  }

  text(column: number): string {
    return cellText(this.cells, column);
  }

  key(column: number): string {
    return cellText(this.cells, column);
  }

  repeats(column: number): boolean {
    return cellText(this.cells, column) === cellText(this.previous, column);
  }

  isBlank(column: number): boolean {
    return cellText(this.cells, column).trim() === '';
  }
}
