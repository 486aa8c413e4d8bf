import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { excelNumberText } from '../../src/formats/number-text.js';
import { parsePercent } from '../../src/parse/number.js';
import { NumberStyles, percentText, serialDateText } from '../../src/formats/xlsx-number-formats.js';
import { SheetScanner } from '../../src/formats/xlsx-sheet-scan.js';

/** The styles part's tokens as the workbook reader hands them over: custom formats, then the cell formats. */
function formatsOf(custom: Record<string, string>, xfs: string[]): readonly (string | null)[] {
  const styles = new NumberStyles();
  for (const [id, code] of Object.entries(custom)) styles.styles.tag(`numFmt numFmtId="${id}" formatCode="${code}"`, 'numFmt');
  styles.styles.tag('cellXfs count="1"', 'cellXfs');
  for (const id of xfs) styles.styles.tag(`xf numFmtId="${id}"/`, 'xf');
  styles.styles.tag('/cellXfs', '/cellXfs');
  return styles.sheetFormats().styles;
}

describe('which number formats change what a number means', () => {
  test('built-in: 9 (0%) and 10 (0.00%) are percentages, 14–22 and 45–47 dates, the rest numbers', () => {
    expect(formatsOf({}, ['0', '3', '9', '10', '14', '22', '27', '49'])).toEqual([null, null, 'percent', 'percent', 'date', 'date', null, null]);
  });

  test('custom: a bare % is a percentage; a quoted, escaped or bracketed one, or a date code, is not', () => {
    expect(formatsOf({ 164: '0.0%', 165: '#,##0.00%;[Red]-#,##0.00%', 166: '0"%"', 167: '0\\%', 168: 'yyyy-mm', 169: 'mmm-yy', 170: '#,##0"원"', 171: '[$-412]General' }, ['164', '165', '166', '167', '168', '169', '170', '171']))
      .toEqual(['percent', 'percent', null, null, 'date', 'date', null, null]);
  });
});

describe('a number as its cell shows it', () => {
  test('percent: the digits move two places, exactly, never rounded to the format', () => {
    expect(['1.07', '1', '0.7', '1.0725', '-0.05', '0', '1.16E0', '0.30000000000000004'].map(percentText)).toEqual(['107%', '100%', '70%', '107.25%', '-5%', '0%', '116%', '30%']);
    expect(percentText('x')).toBe('x');
  });

  test('dates: the 1900 system with its 29 February 1900, and the 1904 system', () => {
    // Serial 1 is 1900-01-01; 59 is 28 February; 60 the day Excel counts that never was; 61 is 1 March.
    expect(['1', '59', '60', '61', '44197', '44621.75'].map((s) => serialDateText(s, false))).toEqual(['1900-01-01', '1900-02-28', '1900-02-29', '1900-03-01', '2021-01-01', '2022-03-01']);
    // 1904: serial 0 is 1904-01-01; 2021-01-01 is 1,462 days less than in the 1900 system.
    expect(['0', String(44197 - 1462)].map((s) => serialDateText(s, true))).toEqual(['1904-01-01', '2021-01-01']);
  });
});

test('property: a percent cell read back through the percent grammar is its number × 100, exactly', () => {
  const numeral = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: 0, max: 12 })).map(([neg, digits, places]) => {
    const s = digits.toString().padStart(places + 1, '0');
    return `${neg ? '-' : ''}${places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`}`;
  });
  fc.assert(
    fc.property(numeral, (n) => {
      const read = parsePercent(percentText(n));
      expect(read.kind).toBe('value');
      expect((read as { value: Decimal }).value.eq(new Decimal(excelNumberText(n)).times(100))).toBe(true);
    }),
  );
});

describe('the sheet scanner gives each cell as it shows', () => {
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  /** Styles: 0 plain, 1 `0%`, 2 a date (14). */
  const formats = { styles: [null, 'percent', 'date'] as const, date1904: false };
  function scan(cells: string): { rows: string[][]; formulas: string[]; shown: string[] } {
    const out = { rows: [] as string[][], formulas: [] as string[], shown: [] as string[] };
    const scanner = new SheetScanner([], {
      row: (_r, c) => void out.rows.push(c),
      missingShared: () => undefined,
      formula: (r, c, f, cached) => void out.formulas.push(`${r}:${c} =${f} ${cached ?? '(none)'}`),
      shownOtherwise: (r, c, n) => void out.shown.push(`${r}:${c} ${n}`),
    }, 1 << 20, formats);
    scanner.write(Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`));
    scanner.end();
    return out;
  }

  test('a percent cell as its percentage, a date cell and a t="d" cell as the day; a formula gets the number', () => {
    const r = scan('<c r="A1" s="1"><v>1.07</v></c><c r="B1" s="2"><v>44197</v></c><c r="C1" t="d"><v>2021-03-01T00:00:00Z</v></c><c r="D1" t="d"><v>2021-03-01T09:30:00</v></c><c r="E1" s="1"><f>A1-1</f><v>7.0000000000000062E-2</v></c><c r="F1" s="0"><v>1.07</v></c>');
    // =A1-1 is stored as the double 0.07000000000000006: to 15 significant digits, as Excel has it, 0.0700000000000001.
    expect(r.rows).toEqual([['107%', '2021-01-01', '2021-03-01', '2021-03-01T09:30:00', '7.00000000000001%', '1.07']]);
    expect(r.formulas).toEqual(['1:5 =A1-1 0.0700000000000001']);
    expect(r.shown).toEqual(['1:1 1.07', '1:2 44197', '1:5 0.0700000000000001']);
  });
});
