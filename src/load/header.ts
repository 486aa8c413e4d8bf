import { findingAt, type Finding } from '../model/finding.js';
import { at } from '../model/provenance.js';
import { placeOf } from './cell-place.js';
import { labelKey } from '../parse/normalize.js';
import type { RawRow, RawTable } from '../formats/raw-table.js';
import { checkUnderHeader } from './under-header.js';

/** Where a header's data starts and what labels cover its columns, when that is not simply the next row. */
export interface HeaderSpan {
  /** Index into table.rows of the first data row. */
  dataFrom: number;
  /** The label over each column (e.g. a header row merged with the years on the row below it). */
  labels: readonly string[];
}

/**
 * Header labels of one row, by their comparison key (spaces removed, NFC), to 1-based columns. Building one
 * also checks the rows below it: duplicate labels, values right of the last column, and values under a
 * blank label are errors (see under-header.ts), so every reader that uses a Header refuses to lose cells.
 */
export class Header {
  private readonly columns = new Map<string, number>();

  constructor(
    readonly table: RawTable,
    readonly row: RawRow,
    problems: Finding[],
    span?: HeaderSpan,
  ) {
    const dataFrom = span?.dataFrom ?? table.rows.indexOf(row) + 1;
    checkUnderHeader(table, span?.labels ?? row.cells, row.row, table.rows.slice(dataFrom), problems);
    row.cells.forEach((text, i) => {
      const key = labelKey(text);
      if (key === '') return;
      if (this.columns.has(key)) {
        problems.push(findingAt('duplicate-header', 'error', at(table.file, row.row, i + 1, table.sheet), { place: placeOf(table, row.row, i + 1), value: text }));
        return;
      }
      this.columns.set(key, i + 1);
    });
  }

  /**
   * One error for the columns a table needs and lacks: the file and sheet, only the names missing (each
   * column by its first alias), and the headers this row has, so the reader sees what to rename.
   */
  reportMissing(problems: Finding[], needed: Record<string, number | undefined>): void {
    const { table } = this;
    const missing = Object.keys(needed).filter((name) => needed[name] === undefined);
    const headers = this.row.cells.filter((c) => c.trim() !== '');
    const file = table.sheet !== undefined ? `${table.file} ${table.sheet}` : table.file;
    problems.push(findingAt('missing-column', 'error', { file: table.file, sheet: table.sheet }, { file, column: missing.join(', '), headers: headers.length > 0 ? headers.join(', ') : '-' }));
  }

  /** The column of the first alias present, or undefined. */
  find(...aliases: string[]): number | undefined {
    for (const a of aliases) {
      const c = this.columns.get(labelKey(a));
      if (c !== undefined) return c;
    }
    return undefined;
  }

  entries(): IterableIterator<[string, number]> {
    return this.columns.entries();
  }
}
