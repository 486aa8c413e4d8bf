import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readCsvTable } from '../helpers/csv-table-reader.js';
import { fixture } from '../helpers/paths.js';

/** Our own conformance cases (fixtures/csv-conformance/README.md): each CSV beside the rows RFC 4180 gives it. */
const DIR = fixture('csv-conformance');
const files = readdirSync(DIR);
const cases = files.filter((f) => f.endsWith('.csv')).map((f) => f.slice(0, -'.csv'.length)).sort();

interface ExpectedRow {
  line: number;
  cells: string[];
}

describe('CSV conformance (fixtures/csv-conformance)', () => {
  test('every case has its expected rows, and no expected rows lack a case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(19);
    expect(files.filter((f) => f.endsWith('.json')).sort()).toEqual(cases.map((c) => `${c}.json`).sort());
  });

  test('the fixtures hold the bytes their names promise (no line ends converted on checkout)', () => {
    const bytes = (name: string) => readFileSync(`${DIR}/${name}.csv`);
    for (const name of cases.filter((c) => c.endsWith('-crlf'))) {
      const b = bytes(name).toString('latin1');
      expect(b, name).toContain('\r\n');
      expect(b.replace(/\r\n/g, ''), `${name}: a bare LF or CR`).not.toMatch(/[\r\n]/);
    }
    for (const name of cases.filter((c) => c.endsWith('-lf'))) expect(bytes(name).includes('\r'), name).toBe(false);
    expect([...bytes('bom').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    for (const name of cases.filter((c) => c.startsWith('no-final-newline') || c === 'quoted-empty-last-field')) {
      expect(bytes(name).at(-1), name).not.toBe(0x0a);
    }
  });

  test.each(cases)('%s: the rows RFC 4180 gives (its .json)', async (name) => {
    const expected = JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8')) as ExpectedRow[];
    const table = await readCsvTable(`${DIR}/${name}.csv`, `${name}.csv`);
    expect(table.file).toBe(`${name}.csv`);
    expect(table.rows.map((r) => ({ line: r.line, cells: r.cells }))).toEqual(expected);
    // Rows are numbered as Excel shows them: the record's position, header = 1.
    expect(table.rows.map((r) => r.row)).toEqual(expected.map((_, i) => i + 1));
  });
});
