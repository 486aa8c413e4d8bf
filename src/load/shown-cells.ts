import { D } from '../model/money.js';
import { findingAt, type Finding } from '../model/finding.js';
import { SHOWN_CELLS_SHEET } from '../model/shown-cells.js';
import { parseCellAddress } from '../parse/cell-address.js';
import { InputError } from '../formats/input-error.js';
import type { RawTable } from '../formats/raw-table.js';
import type { TableSource } from './table-source.js';

/**
 * A report workbook read back as data: its hidden sheets are the data, its visible project sheets what
 * was printed from them. Where a visible sheet no longer shows the figure the hidden 표시값 sheet says it
 * was written with (someone edited the project sheet), one warning per sheet names the first such cell:
 * the edit is not in the data that is read. Nothing for a folder or a workbook without that sheet.
 */
export async function editedShownCells(source: TableSource): Promise<Finding[]> {
  const list = await source.table(SHOWN_CELLS_SHEET);
  if (!list) return [];
  const bySheet = new Map<string, { cell: string; value: string }[]>();
  for (const { cells } of list.rows.slice(1)) {
    const [sheet = '', cell = '', value = ''] = cells;
    if (sheet && cell) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), { cell, value }]);
  }
  const findings: Finding[] = [];
  for (const [sheet, cells] of bySheet) {
    const table = await readable(source, sheet);
    if (!table) continue;
    const shown = new Map<string, string>();
    for (const { row, cells: texts } of table.rows) texts.forEach((text, i) => shown.set(`${row}:${i + 1}`, text));
    const edited = cells.filter(({ cell, value }) => {
      const at = parseCellAddress(cell);
      return at !== undefined && !sameFigure(shown.get(`${at.row}:${at.column}`) ?? '', value);
    });
    const first = edited[0];
    if (!first) continue;
    const at = parseCellAddress(first.cell)!;
    const place = { file: list.file, sheet, row: at.row, column: at.column, cell: first.cell };
    findings.push(findingAt('report-edited', 'warning', place, { sheet, cell: first.cell, shown: shown.get(`${at.row}:${at.column}`) ?? '', data: first.value, count: String(edited.length) }));
  }
  return findings;
}

/**
 * A visible sheet as text, or undefined when it cannot be read as data: re-saved by a tool that keeps
 * formulas without their values (openpyxl), its formulas have nothing to read. The figures compared are
 * typed ones, but the reader refuses the sheet as a whole; such a sheet is left unchecked.
 */
async function readable(source: TableSource, sheet: string): Promise<RawTable | undefined> {
  try {
    return await source.table(sheet);
  } catch (e) {
    if (e instanceof InputError) return undefined;
    throw e;
  }
}

/**
 * The same figure: equal as decimals (a cell read back as `1558400` or `1558400.0`; a share written as 0.7
 * in a percent format reads back as the `70%` it shows), else equal as text.
 */
function sameFigure(shown: string, written: string): boolean {
  const plain = /^-?\d+(\.\d+)?$/;
  const percent = /^-?\d+(\.\d+)?%$/.test(shown) && plain.test(written);
  if (percent) return D(shown.slice(0, -1)).div(100).eq(D(written));
  return plain.test(shown) && plain.test(written) ? D(shown).eq(D(written)) : shown.trim() === written.trim();
}
