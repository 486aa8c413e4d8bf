import type { Workbook } from 'exceljs';
import { escapeUnsafe } from '../i18n/safe-text.js';

/** Excel's limit for the text of one cell; a longer one makes Excel "repair" the workbook. */
export const EXCEL_CELL_CHARS = 32_767;

/** Text over Excel's 32,767 characters, refused rather than cut: `cell` is as Excel names it (`A7`). */
export class CellTooLong extends Error {
  constructor(
    readonly sheet: string,
    readonly cell: string,
    readonly length: number,
  ) {
    super(`${sheet}!${cell}: ${length} characters`);
  }
}

/** Text as written into a CSV or XLSX cell: control characters and bidi overrides made visible (see escapeUnsafe). */
export function cellText(text: string): string {
  return escapeUnsafe(text);
}

/**
 * Every text cell of a workbook about to be written, made safe in place: control characters visible, and
 * text past Excel's limit refused with its cell. One pass for every workbook writer, over what it built.
 */
export function guardWorkbookText(wb: Workbook): void {
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (typeof cell.value !== 'string') return;
        const text = cellText(cell.value);
        if (text.length > EXCEL_CELL_CHARS) throw new CellTooLong(ws.name, cell.address, text.length);
        if (text !== cell.value) cell.value = text;
      });
    });
  });
}
