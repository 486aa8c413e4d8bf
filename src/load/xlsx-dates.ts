import type { XmlHandler } from './xml-scan.js';
import { attr } from './xml-scan.js';

/**
 * Which cell styles show a number as a date, by the rules exceljs applies when it reads a workbook, so a
 * streamed sheet gives the text exceljs would: a number in a date-formatted cell becomes `YYYY-MM-DD`
 * (e.g. a year typed into a date cell reads 1905-07-14 on both paths, and is refused as a year on both).
 */
export class DateStyles {
  private readonly formats = new Map<string, string>();
  private readonly xfFormats: string[] = [];
  private inCellXfs = false;
  date1904 = false;

  /** Tokens of xl/styles.xml: custom number formats and the cell formats (`<cellXfs>`) that use them. */
  readonly styles: XmlHandler = {
    tag: (raw, name) => {
      if (name === 'numFmt') this.formats.set(attr(raw, 'numFmtId') ?? '', attr(raw, 'formatCode') ?? '');
      else if (name === 'cellXfs') this.inCellXfs = !raw.endsWith('/');
      else if (name === '/cellXfs') this.inCellXfs = false;
      else if (name === 'xf' && this.inCellXfs) this.xfFormats.push(attr(raw, 'numFmtId') ?? '');
    },
    text: () => undefined,
  };

  /** workbook.xml's `<workbookPr date1904="1">`: serial numbers count from 1904. */
  workbookTag(raw: string, name: string): void {
    if (name === 'workbookPr') this.date1904 = /^(1|true)$/.test(attr(raw, 'date1904') ?? '');
  }

  /** For each style index (a cell's `s`), whether it formats numbers as dates. */
  dateStyles(): boolean[] {
    return this.xfFormats.map((id) => {
      const code = this.formats.get(id);
      return code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id);
    });
  }
}

/** exceljs' test: a y, m, d, h, M, s or b outside brackets and quotes. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Built-in formats exceljs knows that pass that test (it knows no code for 27–36, so they are numbers). */
const BUILT_IN_DATES = new Set(['14', '15', '16', '17', '18', '19', '20', '21', '22', '45', '46', '47']);

/** A serial date as exceljs turns it into text (its Date, in UTC, as xlsx.ts prints it); unchanged if none. */
export function serialDateText(value: string, date1904: boolean): string {
  const serial = Number(value);
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return value.trim() === '' || Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 10);
}
