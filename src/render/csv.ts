import { stringify } from 'csv-stringify/sync';
import { machineText } from './cell-text.js';
import { neutralizeFormula } from './formula-guard.js';
import { cellText } from './cell-guard.js';
import type { Sheet } from './sheet.js';
import { iconvLite } from '../vendor/lazy-modules.js';
import { InputError } from '../formats/input-error.js';
import { findingAt } from '../model/finding.js';
import { at, describePlace } from '../model/provenance.js';

export type CsvEncoding = 'utf-8' | 'cp949';

/**
 * Sheets as CSV bytes: UTF-8 with a BOM so Excel opens it as Unicode (`cp949` for old Excel), CRLF as
 * Excel writes. Several sheets are separated by a blank row under their titles. Text that a spreadsheet
 * would run as a formula is neutralised, and control characters are never written raw (cell-guard.ts).
 * CP949 lacks many characters (`—`, `✓`): rather than write `?` for them, every cell holding one is an input
 * error naming its place in the CSV (`file`: the output's name) and the characters, and nothing is written.
 */
export function renderCsv(sheets: Sheet[], encoding: CsvEncoding, file = '-'): Buffer {
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
  return encoding === 'cp949' ? cp949(text, records, file) : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** The text in CP949, when it reads back unchanged; else the error naming each cell whose characters CP949 lacks. */
function cp949(text: string, records: readonly string[][], file: string): Buffer {
  const iconv = iconvLite();
  const bytes = iconv.encode(text, 'cp949');
  if (iconv.decode(bytes, 'cp949') === text) return bytes;
  const lacks = (ch: string): boolean => iconv.decode(iconv.encode(ch, 'cp949'), 'cp949') !== ch;
  const problems = records.flatMap((record, r) =>
    record.flatMap((value, c) => {
      const chars = [...new Set([...value].filter((ch) => ch.charCodeAt(0) > 0x7f && lacks(ch)))];
      if (chars.length === 0) return [];
      const place = at(file, r + 1, c + 1);
      const named = chars.map((ch) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
      return [findingAt('csv-unencodable', 'error', place, { place: describePlace(place), chars: named })];
    }),
  );
  throw new InputError(problems);
}
