import { stringify } from 'csv-stringify/sync';
import { machineText } from './cell-text.js';
import { neutralizeFormula } from './formula-guard.js';
import { cellText } from './cell-guard.js';
import type { Sheet } from './sheet.js';
import { iconvLite } from '../vendor/lazy-modules.js';

export type CsvEncoding = 'utf-8' | 'cp949';

/**
 * Sheets as CSV bytes: UTF-8 with a BOM so Excel opens it as Unicode (`cp949` for old Excel), CRLF as
 * Excel writes. Several sheets are separated by a blank row under their titles. Text that a spreadsheet
 * would run as a formula is neutralised, and control characters are never written raw (cell-guard.ts).
 */
export function renderCsv(sheets: Sheet[], encoding: CsvEncoding): Buffer {
  const records: string[][] = [];
  sheets.forEach((sheet, i) => {
    if (sheets.length > 1) {
      if (i > 0) records.push([]);
      records.push([neutralizeFormula(cellText(sheet.title))]);
    }
    for (const row of sheet.rows) {
      records.push(row.cells.map((c) => (c.kind === 'text' ? neutralizeFormula(cellText(machineText(c))) : machineText(c))));
    }
  });
  // csv-stringify quotes a field holding the record delimiter (CRLF) but not a bare CR or LF, which readers
  // take as a record break: any line break inside a field gets quotes.
  const text = stringify(records, { record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
  return encoding === 'cp949' ? iconvLite().encode(text, 'cp949') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
