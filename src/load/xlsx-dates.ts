import type { XmlHandler } from './xml-scan.js';
import { attr } from './xml-scan.js';

/**
 * Which cell styles show a number as a date: a number in a date-formatted cell reads as `YYYY-MM-DD`, as
 * the cell shows a date (e.g. a year typed into a date cell reads 1905-07-14, and is refused as a year).
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

/** A custom format shows a date when it has a y, m, d, h, M, s or b outside brackets and quotes. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * The built-in formats (ECMA-376 §18.8.30) that show dates and times. 27–36 are locale-dependent and
 * stay numbers, as the reader has always read them.
 */
const BUILT_IN_DATES = new Set(['14', '15', '16', '17', '18', '19', '20', '21', '22', '45', '46', '47']);

/** A serial date as `YYYY-MM-DD` (the 1900 or 1904 system, in UTC); unchanged if it is no number. */
export function serialDateText(value: string, date1904: boolean): string {
  const serial = Number(value);
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return value.trim() === '' || Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 10);
}
