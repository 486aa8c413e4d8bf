import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/formats/csv.js';
import { detectDelimiter } from '../../src/formats/csv-scan.js';
import { decodeText } from '../../src/formats/encodings.js';
import { InputError } from '../../src/formats/input-error.js';
import { isBlankRow, type RawRow } from '../../src/formats/raw-table.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The public csv-spectrum suite, from ../shared beside the repository (CI has it; a user's clone does not,
 * and its files are not ours to commit). Our own cases of the same kinds: csv-conformance.test.ts.
 */
const SPECTRUM = path.resolve(repoRoot, '../shared/csv-spectrum');
const SKIP_SPECTRUM = !existsSync(path.join(SPECTRUM, 'csvs'));
if (SKIP_SPECTRUM) console.warn(`csv-spectrum: skipped because ${SPECTRUM} is not there (../shared beside the repository)`);

function listSpectrum(): string[] {
  if (SKIP_SPECTRUM) return [];
  return readdirSync(path.join(SPECTRUM, 'csvs'))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => f.slice(0, -'.csv'.length))
    .sort();
}

/** The first row's cells name the fields of every following row. */
function toObjects(rows: RawRow[]): Record<string, string>[] {
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.cells.map((key, i) => [key, r.cells[i] ?? ''])));
}

function csvSyntaxError(text: string): InputError {
  try {
    parseCsv(text, 'bad.csv');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error(`parseCsv accepted ${JSON.stringify(text)}`);
}

describe.skipIf(SKIP_SPECTRUM)('csv-spectrum', () => {
  const names = listSpectrum();

  test('the suite is whole: cases, each with its JSON', () => {
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(existsSync(path.join(SPECTRUM, 'json', `${name}.json`)), `${name}.json`).toBe(true);
  });

  test.each(names)('%s.csv matches %s.json', (name) => {
    const bytes = readFileSync(path.join(SPECTRUM, 'csvs', `${name}.csv`));
    const expected = JSON.parse(readFileSync(path.join(SPECTRUM, 'json', `${name}.json`), 'utf8')) as unknown;
    const { text } = decodeText(bytes, `${name}.csv`);
    const table = parseCsv(text, `${name}.csv`);
    expect(table.file).toBe(`${name}.csv`);
    expect(table.rows.map((r) => r.row)).toEqual(table.rows.map((_, i) => i + 1));
    expect(toObjects(table.rows)).toEqual(expected);
  });

  test.each(['newlines', 'newlines_crlf'])('%s.csv: the record after the quoted newline starts on line 5', (name) => {
    // Line 1 header, line 2 "1,2,3", lines 3–4 "Once upon / a time",5,6, line 5 "7,8,9".
    const file = path.join(SPECTRUM, 'csvs', `${name}.csv`);
    const { rows } = parseCsv(decodeText(readFileSync(file), `${name}.csv`).text, `${name}.csv`);
    expect(rows.map((r) => [r.row, r.line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 5],
    ]);
  });
});

describe('detectDelimiter', () => {
  test.each([
    ['comma', 'a,b,c\n1,2,3\n', ','],
    ['semicolon', 'a;b;c\n1;2;3\n', ';'],
    ['tab', 'a\tb\tc\n1\t2\t3\n', '\t'],
    ['semicolon with a decimal comma in the data', '사업;금액\n가;1,5\n', ';'],
    ['tab beats a comma inside a header', '사업\t금액(1,000원)\t비고\n', '\t'],
    ['delimiters inside quotes do not count', '"a;b;c",d\n', ','],
    ['only the first line counts', 'a,b\n1;2;3;4;5\n', ','],
    ['comma on a tie', 'a,b;c\n', ','],
    ['comma when there is no delimiter', 'abc\n', ','],
  ])('%s', (_name, text, delimiter) => {
    expect(String.fromCharCode(detectDelimiter(Buffer.from(text)))).toBe(delimiter);
  });

  test('parseCsv splits on the detected delimiter', () => {
    expect(parseCsv('a;b;"c;d"\n1;2,5;3\n', 'x.csv').rows.map((r) => r.cells)).toEqual([
      ['a', 'b', 'c;d'],
      ['1', '2,5', '3'],
    ]);
    expect(parseCsv('재원별\t금액\n국비\t1,234\n', 'x.tsv').rows.map((r) => r.cells)).toEqual([
      ['재원별', '금액'],
      ['국비', '1,234'],
    ]);
  });
});

describe('parseCsv row numbers and lines', () => {
  test('a quoted newline: rows count records, line is where each record starts', () => {
    // line 1: header; lines 2–3: record 2 (quoted newline); line 4: record 3.
    const { rows } = parseCsv('a,b\n"x\ny",2\n3,4\n', 'q.csv');
    expect(rows).toEqual([
      { row: 1, line: 1, cells: ['a', 'b'] },
      { row: 2, line: 2, cells: ['x\ny', '2'] },
      { row: 3, line: 4, cells: ['3', '4'] },
    ]);
  });

  test('a record spanning three lines shifts the next start by two', () => {
    const { rows } = parseCsv('h\n"1\n2\n3"\nnext\n', 'q.csv');
    expect(rows.map((r) => [r.row, r.line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 5],
    ]);
  });

  test('blank lines are kept as rows so numbering matches Excel', () => {
    const { rows } = parseCsv('a,b\n\n1,2\n\n\n3,4\n', 'b.csv');
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.map(isBlankRow)).toEqual([false, true, false, true, true, false]);
    expect(rows[2]!.cells).toEqual(['1', '2']);
    expect(rows[5]!.cells).toEqual(['3', '4']);
  });

  test('blank lines before the header are rows too', () => {
    const { rows } = parseCsv('\na,b\n1,2\n', 'b.csv');
    expect(rows.map((r) => [r.row, isBlankRow(r)])).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ]);
  });

  test('CRLF line ends', () => {
    const { rows } = parseCsv('a,b\r\n\r\n1,2\r\n"x\r\ny",3\r\n4,5\r\n', 'crlf.csv');
    expect(rows).toEqual([
      { row: 1, line: 1, cells: ['a', 'b'] },
      { row: 2, line: 2, cells: [''] },
      { row: 3, line: 3, cells: ['1', '2'] },
      { row: 4, line: 4, cells: ['x\r\ny', '3'] },
      { row: 5, line: 6, cells: ['4', '5'] },
    ]);
  });

  test('a missing final newline loses nothing', () => {
    expect(parseCsv('a,b\n1,2', 'n.csv').rows).toEqual([
      { row: 1, line: 1, cells: ['a', 'b'] },
      { row: 2, line: 2, cells: ['1', '2'] },
    ]);
    expect(parseCsv('a,b\n1,"2"', 'n.csv').rows[1]!.cells).toEqual(['1', '2']);
  });

  test('a final newline adds no row', () => {
    expect(parseCsv('a,b\n1,2\n', 'n.csv').rows).toHaveLength(2);
  });

  test('ragged rows are kept as they are', () => {
    expect(parseCsv('a,b,c\n1\n1,2,3,4\n', 'r.csv').rows.map((r) => r.cells)).toEqual([
      ['a', 'b', 'c'],
      ['1'],
      ['1', '2', '3', '4'],
    ]);
  });

  test('empty or whitespace-only text has no rows', () => {
    expect(parseCsv('', 'e.csv')).toEqual({ file: 'e.csv', rows: [] });
    expect(parseCsv('\n\n', 'e.csv').rows).toEqual([]);
  });

  test('a BOM left in the text is not part of the first cell', () => {
    expect(parseCsv('\uFEFF재원별,금액\n', 'bom.csv').rows[0]!.cells).toEqual(['재원별', '금액']);
  });
});

describe('parseCsv syntax errors', () => {
  test('an unclosed quote names the line where its record starts', () => {
    // The quote opens on line 2 and is never closed; lines 3 and 4 are swallowed into it.
    const err = csvSyntaxError('a,b\n1,"2\n3,4\n5,6\n');
    expect(err.findings).toHaveLength(1);
    expect(err.findings[0]).toMatchObject({ code: 'csv-syntax', severity: 'error', file: 'bad.csv', line: 2 });
    expect(err.findings[0]!.params).toMatchObject({ file: 'bad.csv', line: '2' });
    expect(err.findings[0]!.params.reason).toBeTruthy();
  });

  test('an unclosed quote after a multi-line record and blank line', () => {
    // lines 2–3: one record; line 4 blank; line 5 opens a quote that never closes.
    const err = csvSyntaxError('a,b\n"x\ny",1\n\n"open,2\n7,8');
    expect(err.findings[0]).toMatchObject({ code: 'csv-syntax', line: 5 });
  });

  test('an unclosed quote on the first line', () => {
    expect(csvSyntaxError('"a,b\n1,2\n').findings[0]).toMatchObject({ code: 'csv-syntax', line: 1 });
  });

  test('the error line is not thrown off by an earlier quoted CRLF', () => {
    // lines 2–3: one record holding a CRLF; line 4: a bad closing quote.
    const err = csvSyntaxError('a,b\r\n"x\r\ny",1\r\n3,"x"y\r\n');
    expect(err.findings[0]).toMatchObject({ code: 'csv-syntax', line: 4 });
  });

  test('text after a closing quote is an error on its line', () => {
    const err = csvSyntaxError('a,b\n1,2\n3,"x"y\n');
    expect(err.findings[0]).toMatchObject({ code: 'csv-syntax', line: 3 });
  });
});
