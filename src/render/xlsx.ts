import { Decimal } from 'decimal.js';
import { displayWidth } from './display-width.js';
import { displayText } from './cell-text.js';
import type { CellKind, Sheet } from './sheet.js';
import { excelJsWorkbook } from '../vendor/lazy-modules.js';
import { amountCellNumber } from './cell-number.js';
import { cellText, guardWorkbookText } from './cell-guard.js';

/** Amount format: thousands separators, △ for negatives, - for zero, as the department prints. */
export const AMOUNT_FORMAT = '#,##0;"△"#,##0;"-"';
const FONT = { name: '맑은 고딕', size: 10 };

function numberFormat(kind: CellKind, places: number | undefined): string | undefined {
  if (kind === 'amount') return AMOUNT_FORMAT;
  if (kind === 'rate' || kind === 'share') return places ? `0.${'0'.repeat(places)}` : '0';
  return undefined;
}

/**
 * Decimal → the double a workbook stores: an amount exactly or not at all (see cell-number.ts); a rate or
 * share is a quotient, shown rounded by the cell's format, so its nearest double is the value.
 */
export function toCellNumber(value: Decimal, amount: boolean): number {
  return amount ? amountCellNumber(value) : value.toNumber();
}

/**
 * A name Excel accepts: none of \ / ? * : [ ], not blank, at most 31 characters, unique ignoring case
 * (exceljs throws otherwise, and sheet names may come from the department's labels).
 */
export function sheetName(wanted: string, used: Set<string>): string {
  // Control characters made visible first (their backslash then becomes _, as a name may not hold one).
  const base = cellText(wanted).replace(/[\\/?*:[\]]/g, '_').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  let name = base.slice(0, 31);
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)}~${i}`;
  used.add(name.toLowerCase());
  return name;
}

/**
 * Sheets as an XLSX workbook: numbers as number cells with formats, titles above each table, Korean
 * font, thin borders, bold header and total rows, widths from display width. Text cells are written as
 * strings, never formulas, so a label such as `=1+1` stays text without the apostrophe CSV needs.
 * exceljs loads only here.
 */
export async function renderXlsx(sheets: Sheet[]): Promise<Buffer> {
  const Workbook = excelJsWorkbook();
  const wb = new Workbook();
  const used = new Set<string>();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheetName(sheet.name, used));
    ws.addRow([sheet.title]).font = { ...FONT, bold: true, size: 12 };
    const widths: number[] = [];
    for (const row of sheet.rows) {
      const values = row.cells.map((c) => (c.value === null ? null : c.value instanceof Decimal ? toCellNumber(c.value, c.kind === 'amount') : c.value));
      const xrow = ws.addRow(values);
      row.cells.forEach((c, i) => {
        const cell = xrow.getCell(i + 1);
        cell.font = { ...FONT, bold: row.style !== 'item' };
        cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
        const fmt = numberFormat(c.kind, c.places);
        if (fmt) cell.numFmt = fmt;
        if (row.style === 'head') {
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
          cell.alignment = { horizontal: 'center', vertical: 'middle' };
        }
        widths[i] = Math.max(widths[i] ?? 0, displayWidth(displayText(c, { negative: 'triangle' })));
      });
    }
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = Math.max(8, w + 2)));
    ws.views = [{ state: 'frozen', ySplit: 2 }];
  }
  guardWorkbookText(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
