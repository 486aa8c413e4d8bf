import type { PrintedBook } from './printed-book.js';
import { renderReportXlsx } from './report-xlsx.js';
import { sheetGrid } from './report/sheet-grid.js';
import type { Sheet } from './sheet.js';
import { cellText } from './cell-guard.js';
import { APOSTROPHE } from './report/sheet-names.js';

/** Amount format: thousands separators, △ for negatives, - for zero, as the department prints. */
export const AMOUNT_FORMAT = '#,##0;"△"#,##0;"-"';

/**
 * A name Excel accepts: none of \ / ? * : [ ], not blank, at most 31 characters, unique ignoring case
 * (exceljs throws otherwise, and sheet names may come from the department's labels).
 */
export function sheetName(wanted: string, used: Set<string>): string {
  // Control characters made visible first (their backslash then becomes _, as a name may not hold one).
  const base = cellText(wanted).replace(/[\\/?*:[\]]/g, '_').replace(/^'+|'+$/g, '').trim().replace(/'/g, APOSTROPHE) || 'Sheet';
  let name = base.slice(0, 31);
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)}~${i}`;
  used.add(name.toLowerCase());
  return name;
}

/**
 * Sheets (budget, achievement) as an XLSX workbook printed like the report's (render/report-xlsx.ts):
 * titles above each table, numbers as number cells with formats, totals as live SUMs with their cached
 * values, A4 landscape one page wide with the header repeated and every page identified. Text cells are
 * written as strings, never formulas, so a label such as `=1+1` stays text without the apostrophe CSV needs.
 */
export async function renderXlsx(sheets: Sheet[], book: PrintedBook): Promise<Buffer> {
  const used = new Set<string>();
  return renderReportXlsx(sheets.map((s) => sheetGrid(s, sheetName(s.name, used))), book);
}
