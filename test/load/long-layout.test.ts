import { describe, expect, it } from 'vitest';
import { bufferChunks, readLongCsv } from '../../src/load/long-bytes.js';
import type { Finding } from '../../src/model/finding.js';
import { InputError } from '../../src/load/input-error.js';
import { MAX_RECORD_BYTES } from '../../src/load/csv-scan.js';

const read = (csv: string) => {
  const problems: Finding[] = [];
  const r = readLongCsv(bufferChunks(Buffer.from(csv)), 'b.csv', { unit: '천원', conversionRounding: null, scale: 1000 }, problems, { id: '0', name: '-' })!;
  return { lines: r.lines.toArray().map((l) => `${l.project} ${l.source} ${l.year} ${l.amount.toFixed()}`), problems: problems.map((p) => `${p.code} ${p.cell}`) };
};

describe('the long-layout decoder', () => {
  it('reports a source it does not know at every cell that holds it, though it remembers the sources it knows', () => {
    const r = read('사업,재원,연도,금액\n1,구비,2022,5\n1,군비,2022,6\n2,구비,2022,7\n2,군비,2022,8\n');
    expect(r.lines).toEqual(['1 구비 2022 5', '2 구비 2022 7']);
    expect(r.problems).toEqual(['unknown-source B3', 'unknown-source B5']);
  });

  it('reads `구 비` and `2022년` as the same source and year as `구비` and `2022`, whichever comes first', () => {
    const r = read('사업,재원,연도,금액\n1,구 비,2022년,5\n2,구비,2022,7\n');
    expect(r.lines).toEqual(['1 구비 2022 5', '2 구비 2022 7']);
    expect(r.problems).toEqual([]);
  });

  it('counts a `-` amount with the blank ones (not stated), never as a line or a silent drop', () => {
    const r = read('사업,재원,연도,금액\n1,구비,2021,-\n1,구비,2022,\n1,구비,2023,3\n');
    expect(r.lines).toEqual(['1 구비 2023 3']);
    expect(r.problems).toEqual(['blank-amounts D2']);
  });

  it('reads amounts in every notation the grammar has, exactly, beside plain digits', () => {
    const r = read('사업,재원,연도,금액\n1,구비,2021,"1,234"\n1,구비,2022,△5\n1,구비,2023,1.5\n1,구비,2024,2백만원\n1,시비,2024,999999999999999\n');
    expect(r.lines).toEqual(['1 구비 2021 1234', '1 구비 2022 -5', '1 구비 2023 1.5', '1 구비 2024 2000', '1 시비 2024 999999999999999']);
  });

  it('reads names of any length: eight of 180 KB each (the tokenizer once kept labels in a table of 1 MB, and overflowed it)', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `${i},"${String.fromCharCode(0xac00 + i).repeat(60_000)}",구비,2022,${i + 1}`);
    const problems: Finding[] = [];
    const r = readLongCsv(bufferChunks(Buffer.from(['사업,사업명,재원,연도,금액', ...rows].join('\n'))), 'b.csv', { unit: '천원', conversionRounding: null, scale: 1000 }, problems, { id: '0', name: '-' })!;
    expect(r.projects.map((p) => [p.id, p.name.length, p.name[0]])).toEqual(Array.from({ length: 8 }, (_, i) => [String(i), 60_000, String.fromCharCode(0xac00 + i)]));
    expect(r.lines.toArray().map((l) => l.amount.toFixed())).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(problems).toEqual([]);
  });

  it('refuses a record longer than 64 MiB with its line (a file with no line break, as /dev/zero reads), instead of reading until memory runs out', () => {
    const header = Buffer.from('사업,재원,연도,금액\n1,구비,2022,"');
    let sent = 0;
    const endless = {
      size: 0,
      read(into: Buffer, offset: number, length: number): number {
        const n = sent === 0 ? header.copy(into, offset) : into.fill(0x61, offset, offset + length).length && length;
        sent += n;
        return n;
      },
    };
    let caught: unknown;
    try {
      readLongCsv(endless, 'z.csv', { unit: '천원', conversionRounding: null, scale: 1000 }, [], { id: '0', name: '-' });
    } catch (e) {
      caught = e;
    }
    expect((caught as InputError).findings.map((p) => [p.code, p.line])).toEqual([['csv-syntax', 2]]);
    expect(sent).toBeLessThan(2 * MAX_RECORD_BYTES);
  });

  it('tells a quoted name with a doubled quote (a"b) from the same bytes unquoted (a""b, as written)', () => {
    const r = read('사업,재원,연도,금액\n"a""b",구비,2022,1\na""b,구비,2022,2\n');
    expect(r.lines).toEqual(['a"b 구비 2022 1', 'a""b 구비 2022 2']);
  });
});
