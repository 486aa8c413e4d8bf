import { lineOf, placeOf } from './cell-place.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at } from '../model/provenance.js';
import { isBlankCell } from '../parse/blank.js';
import type { RawRow, RawTable } from '../formats/raw-table.js';

/**
 * A value that sits under no header would be dropped without a word. So a non-blank cell right of the
 * header's last column (a ragged row: more cells than the header) is an error at that cell, and so is the
 * first value under a blank header cell (reported at the header cell, with an example). Rows with fewer
 * cells than the header are fine: Excel does not save trailing blanks.
 */
export function checkUnderHeader(table: RawTable, labels: readonly string[], headerRow: number, dataRows: readonly RawRow[], problems: Finding[]): void {
  const check = new UnderHeader(table, labels, headerRow, problems);
  for (const row of dataRows) check.row(row);
}

/** checkUnderHeader for rows that come one at a time (a streamed file), and only when they may need it. */
export class UnderHeader {
  private readonly blankLabels: number[];
  private readonly blankReported = new Set<number>();

  constructor(
    private readonly table: RawTable,
    private readonly labels: readonly string[],
    private readonly headerRow: number,
    private readonly problems: Finding[],
  ) {
    this.blankLabels = labels.flatMap((l, i) => (isBlankCell(l) ? [i] : []));
  }

  /** Whether a row of `cells` cells can hold a value under no header (else row() has nothing to say). */
  concerns(cells: number): boolean {
    return cells > this.labels.length || this.blankReported.size < this.blankLabels.length;
  }

  row(row: RawRow): void {
    const { table, labels, problems } = this;
    const extra = row.cells.findIndex((c, i) => i >= labels.length && !isBlankCell(c));
    if (extra >= 0) {
      let count = row.cells.length;
      while (count > 0 && isBlankCell(row.cells[count - 1])) count--;
      problems.push(
        findingAt('extra-cells', 'error', at(table.file, row.row, extra + 1, table.sheet), {
          place: placeOf(table, row.row, extra + 1),
          expected: String(labels.length),
          count: String(count),
          value: row.cells[extra]!,
        }, lineOf(row)),
      );
    }
    for (const i of this.blankLabels) {
      if (this.blankReported.has(i) || isBlankCell(row.cells[i])) continue;
      this.blankReported.add(i);
      problems.push(
        findingAt('empty-header', 'error', at(table.file, this.headerRow, i + 1, table.sheet), {
          place: placeOf(table, this.headerRow, i + 1),
          example: `${placeOf(table, row.row, i + 1)} "${row.cells[i]!}"`,
        }),
      );
    }
  }
}
