import { Decimal } from 'decimal.js';
import { cellAddress } from '../../model/provenance.js';
import { SHOWN_CELLS_HEAD, SHOWN_CELLS_SHEET } from '../../model/shown-cells.js';
import type { DataPart } from './data-sheets.js';
import type { GridSheet } from './grid.js';

/**
 * The figures typed into these sheets (number cells without a formula: formulas follow them), each as
 * its sheet, cell and exact value, for the hidden 표시값 sheet (model/shown-cells.ts).
 */
export function shownCellsPart(sheets: GridSheet[]): DataPart {
  const rows: string[][] = [[...SHOWN_CELLS_HEAD]];
  for (const sheet of sheets) {
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell && cell.value instanceof Decimal && cell.formula === undefined) rows.push([sheet.name, cellAddress(r, c), cell.value.toFixed()]);
      }),
    );
  }
  return { sheet: SHOWN_CELLS_SHEET, rows };
}
