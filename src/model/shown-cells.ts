/**
 * The hidden sheet of a report workbook that lists the figures its visible project sheets show as typed
 * (sheet, cell, value), so that loading the workbook back can tell when someone edited a visible sheet:
 * the hidden data sheets, not the visible ones, are what --data reads.
 */
export const SHOWN_CELLS_SHEET = '표시값';
export const SHOWN_CELLS_HEAD = ['시트', '셀', '값'] as const;
