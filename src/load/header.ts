import { findingAt, type Finding } from '../model/finding.js';
import { at, describePlace } from '../model/provenance.js';
import { labelKey } from '../parse/normalize.js';
import type { RawRow, RawTable } from './raw-table.js';

/** Header labels of one row, by their comparison key (spaces removed, NFC), to 1-based columns. */
export class Header {
  private readonly columns = new Map<string, number>();

  constructor(
    readonly table: RawTable,
    readonly row: RawRow,
    problems: Finding[],
  ) {
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

/** "budgets.csv C7" / "data.xlsx 소요예산!C7" for message templates. */
export function placeOf(table: RawTable, row: number, column: number): string {
  return describePlace(at(table.file, row, column, table.sheet));
}
