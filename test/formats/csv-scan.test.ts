import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/formats/csv.js';
import { MAX_FIELDS, scanCsv } from '../../src/formats/csv-scan.js';
import { csvMachine } from '../../src/formats/csv-wasm.js';
import { bufferChunks, readLongCsv } from '../../src/load/long-csv.js';
import type { Finding } from '../../src/model/finding.js';

describe('the tokenizer (wasm/csv-scan.ts)', () => {
  // First in this file: the tokenizer's memory is new (vitest isolates files), so the record makes it grow.
  it('reads a long-layout record longer than a chunk (1 MiB), which makes the input area grow', () => {
    const name = '가'.repeat(400_000); // 1.2 MB of UTF-8
    const csv = `사업,사업명,재원,연도,금액\n1,"${name}",구비,2022,5\n2,b,구비,2022,7\n`;
    const problems: Finding[] = [];
    const r = readLongCsv(bufferChunks(Buffer.from(csv)), 'x.csv', { unit: '천원', conversionRounding: null, scale: 1000 }, problems, { id: '0', name: '-' })!;
    expect(r.projects.map((p) => [p.id, p.name.length])).toEqual([['1', 400_000], ['2', 1]]);
    expect(r.lines.toArray().map((l) => `${l.project} ${l.amount.toFixed()} ${l.at?.cell}`)).toEqual(['1 5 E2', '2 7 E3']);
    expect(problems).toEqual([]);
  });

  it('reads an input larger than its first memory, and the next input after it alike', () => {
    // 60,000 rows of ~50 bytes: 3 MB, three times the input area the module starts with.
    const rows = Array.from({ length: 60_000 }, (_, i) => `${i},"이름, ${i}",${'x'.repeat(i % 40)}`);
    const table = parseCsv(['번호,이름,비고', ...rows].join('\r\n'), 'big.csv');
    expect(table.rows).toHaveLength(60_001);
    expect(table.rows[60_000]!.cells).toEqual(['59999', '이름, 59999', 'x'.repeat(59_999 % 40)]);
    expect(parseCsv('a,b\n1,2', 'small.csv').rows.map((r) => r.cells)).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('reads back any rows written as Excel writes CSV: quotes, delimiters and line breaks inside fields', () => {
    // Fields of every length around the tokenizer's 8-byte steps, from bytes that matter (, ; " CR LF) and
    // bytes that do not (letters, Hangul, spaces); quoted when they hold one of those, quotes doubled.
    const text = fc.array(fc.constantFrom('a', '가', ' ', ',', ';', '"', '\n', '\r', '\r\n', '1', 'xyz12345'), { maxLength: 20 }).map((parts) => parts.join(''));
    const rows = fc.array(fc.array(text, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(rows, fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (table, eol, lastEol) => {
        // A row of one empty field is a blank line, which reads back as such.
        // (`;` is quoted too, or the first line could make it the delimiter.)
        const field = (t: string) => (/[,;"\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
        const csv = table.map((r) => r.map(field).join(',')).join(eol) + (lastEol ? eol : '');
        // A file ending in a row of one empty field ends in a line break, which starts no record; a file of
        // nothing but spaces and line breaks has no rows at all.
        const blankLast = !lastEol && table.length > 1 && table[table.length - 1]!.length === 1 && table[table.length - 1]![0] === '';
        const expected = /^[ \r\n]*$/.test(csv) ? [] : blankLast ? table.slice(0, -1) : table;
        expect(parseCsv(csv, 'x.csv').rows.map((r) => r.cells)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('locates as many fields per record as the JavaScript side expects', () => {
    expect(csvMachine().k.MAX_FIELDS).toBe(MAX_FIELDS);
    const record = Array.from({ length: MAX_FIELDS + 5 }, (_, i) => String(i)).join(',');
    expect(parseCsv(record, 'wide.csv').rows[0]!.cells).toHaveLength(MAX_FIELDS);
  });

  it('refuses a scan started from inside another one (they share one state)', () => {
    expect(() => scanCsv(Buffer.from('a\nb\n'), 0x2c, { record: () => scanCsv(Buffer.from('c'), 0x2c, { record() {} }) })).toThrow('CSV scans do not nest');
    // The refused scan left nothing behind.
    expect(parseCsv('x,y\n', 'after.csv').rows[0]!.cells).toEqual(['x', 'y']);
  });
});
