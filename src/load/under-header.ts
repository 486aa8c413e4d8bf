import { lineOf, placeOf } from './cell-place.js';
import { findingAt, type Finding } from '../model/finding.js';
import { at } from '../model/provenance.js';
import type { RawRow, RawTable } from './raw-table.js';

/**
 * A value that sits under no header would be dropped without a word. So a non-blank cell right of the
 * header's last column (a ragged row: more cells than the header) is an error at that cell, and so is the
 * first value under a blank header cell (reported at the header cell, with an example). Rows with fewer
 * cells than the header are fine: Excel does not save trailing blanks.
 */
export function checkUnderHeader(table: RawTable, labels: readonly string[], headerRow: number, dataRows: readonly RawRow[], problems: Finding[]): void {
  const blankReported = new Set<number>();
  for (const row of dataRows) {
    const extra = row.cells.findIndex((c, i) => i >= labels.length && c.trim() !== '');
    if (extra >= 0) {
      let count = row.cells.length;
      while (count > 0 && row.cells[count - 1]!.trim() === '') count--;
      problems.push(
        findingAt('extra-cells', 'error', at(table.file, row.row, extra + 1, table.sheet), {
          place: placeOf(table, row.row, extra + 1),
          expected: String(labels.length),
          count: String(count),
          value: row.cells[extra]!,
        }, lineOf(row)),
      );
    }
    const width = Math.min(labels.length, row.cells.length);
    for (let i = 0; i < width; i++) {
      if (blankReported.has(i) || labels[i]!.trim() !== '' || row.cells[i]!.trim() === '') continue;
      blankReported.add(i);
      problems.push(
        findingAt('empty-header', 'error', at(table.file, headerRow, i + 1, table.sheet), {
          place: placeOf(table, headerRow, i + 1),
          example: `${placeOf(table, row.row, i + 1)} "${row.cells[i]!}"`,
        }),
      );
    }
  }
}
