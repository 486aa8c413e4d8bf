import { labelKey } from '../parse/normalize.js';
import { parseYearLabel } from './cells.js';
import type { LongRow } from './long-layout.js';
import { cellText, type RawRow } from './raw-table.js';
import { SOURCES } from '../model/dataset.js';

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

  fastSource(column: number): number | undefined {
    const i = (SOURCES as readonly string[]).indexOf(labelKey(cellText(this.cells, column)));
    return i < 0 ? undefined : i;
  }

  fastYear(column: number): number | undefined {
    return parseYearLabel(cellText(this.cells, column));
  }

  fastUnits(_column: number, _scale: number): number | undefined {
    return undefined;
  }
}
