import { excelNumberText, plainDecimal } from './number-text.js';
import type { XmlHandler } from './xml-scan.js';
import { attr } from './xml-scan.js';

/**
 * How a number cell's style shows its number, where that changes what the number means to the person
 * who typed it: as a date (`2022-03-01`, typed `2022-03`), or as a percentage (`107%`, typed `107%` and
 * stored as 1.07). Any other format (`#,##0`, `0.0`, a currency) shows the same number.
 */
export type NumberShown = 'date' | 'percent' | null;

/** Each cell style's NumberShown (by a cell's `s`), and the workbook's date system. */
export interface SheetFormats {
  styles: readonly NumberShown[];
  date1904: boolean;
}

/**
 * Reads the cell styles of xl/styles.xml and the date system of workbook.xml: a number in a date-formatted
 * cell reads as `YYYY-MM-DD`, as the cell shows a date (e.g. a year typed into a date cell reads
 * 1905-07-14, and is refused as a year); a number in a percent-formatted cell reads as the percentage the
 * cell shows (`1.07` → `107%`), so a 달성률 typed `107%` is 107 and a 보조율 typed `70%` is 70 %.
 */
export class NumberStyles {
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

  /** The workbook's formats: for each style index (a cell's `s`), how it shows numbers. */
  sheetFormats(): SheetFormats {
    const styles = this.xfFormats.map((id): NumberShown => {
      const code = this.formats.get(id);
      if (code === undefined) return BUILT_IN_DATES.has(id) ? 'date' : BUILT_IN_PERCENTS.has(id) ? 'percent' : null;
      return formatShows(code);
    });
    return { styles, date1904: this.date1904 };
  }
}

/**
 * What a custom format code shows. Only its codes count, not its literal text: quoted strings (`"년"`),
 * bracketed parts (`[Red]`, `[$-412]`) and escaped characters (`\%`) are left out first. A date has a
 * y, m, d, h, M, s or b; a percentage a `%` (which multiplies by 100 as it shows).
 */
function formatShows(code: string): NumberShown {
  const codes = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  if (/[ymdhMsb]/.test(codes)) return 'date';
  return codes.includes('%') ? 'percent' : null;
}

/**
 * The built-in formats (ECMA-376 §18.8.30) that show dates and times. 27–36 are locale-dependent and
 * stay numbers, as the reader has always read them.
 */
const BUILT_IN_DATES = new Set(['14', '15', '16', '17', '18', '19', '20', '21', '22', '45', '46', '47']);
/** The built-in percent formats: 9 is `0%`, 10 is `0.00%`. */
const BUILT_IN_PERCENTS = new Set(['9', '10']);

/** Serial 60 in the 1900 system: 29 February 1900, a day that never was (Lotus 1-2-3's leap-year bug, kept by Excel). */
const LEAP_BUG_SERIAL = 60;

/**
 * A serial date as `YYYY-MM-DD` (the 1900 or 1904 system, in UTC); unchanged if it is no number. In the
 * 1900 system Excel counts a 29 February 1900 that never was: serials 1–59 are a day later than the
 * count from 1970 gives (serial 1 is 1900-01-01), and serial 60 is that day, shown as Excel shows it.
 */
export function serialDateText(value: string, date1904: boolean): string {
  const serial = Number(value);
  if (!date1904 && serial >= LEAP_BUG_SERIAL && serial < LEAP_BUG_SERIAL + 1) return '1900-02-29';
  const days = serial - 25569 + (date1904 ? 1462 : serial < LEAP_BUG_SERIAL ? 1 : 0);
  const date = new Date(Math.round(days * 86_400_000));
  return value.trim() === '' || Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 10);
}

/**
 * A number in a percent-formatted cell as the cell shows it, exactly and in full (`1.07` → `107%`,
 * `1.0725` → `107.25%`, `-0.05` → `-5%`): the digits move two places, they are never rounded to the
 * format's decimals. Text that is no numeral comes back as Excel shows a number, for the parsers to refuse.
 */
export function percentText(value: string): string {
  const shown = excelNumberText(value.trim());
  if (!/^-?\d+(\.\d+)?$/.test(shown)) return shown;
  return `${plainDecimal(`${shown}e2`)}%`;
}
