import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBudgetTable } from '../../src/load/budget-table.js';
import { parseCsvBytes } from '../../src/formats/csv.js';
import { bufferChunks, readLongCsv, type ChunkSource } from '../../src/load/long-csv.js';
import type { BudgetLines } from '../../src/model/budget-lines.js';
import type { Finding } from '../../src/model/finding.js';
import { UNIT_WON, type Unit } from '../../src/model/money.js';

const opts = { unit: '천원' as const, conversionRounding: null, scale: 1000 };
const project = { id: '1', name: 'x' };

/** A source that hands out at most `sizes[k]` bytes per read, cycling: records get cut anywhere. */
function trickle(bytes: Buffer, sizes: number[]): ChunkSource {
  let pos = 0;
  let k = 0;
  return {
    size: bytes.length,
    read(into, offset, length) {
      const n = Math.min(length, sizes[k++ % sizes.length]!, bytes.length - pos);
      bytes.copy(into, offset, pos, pos + n);
      pos += n;
      return n;
    },
  };
}

const described = (lines: BudgetLines, problems: Finding[]) => ({
  lines: lines.toArray().map((l) => `${l.org ?? ''}|${l.project}|${l.source}|${l.year}|${l.amount.toFixed()}|${l.at?.cell}`),
  problems: problems.map((p) => `${p.code}@${p.cell}`),
});

const read = (source: ChunkSource, unit: Unit = '천원') => {
  const problems: Finding[] = [];
  const r = readLongCsv(source, 'x.csv', { unit, conversionRounding: null, scale: UNIT_WON[unit] }, problems, project)!;
  return described(r.lines, problems);
};

/** The same file read as a text table: every cell through the full parsers, no byte-level shortcut. */
const readAsTable = (bytes: Buffer, unit: Unit = '천원') => {
  const problems: Finding[] = [];
  const r = readBudgetTable(parseCsvBytes(bytes, 'x.csv'), { unit, conversionRounding: null }, problems, project)!;
  return described(r.lines, problems);
};

describe('readLongCsv', () => {
  it('reads organisations, quoted names with commas and quotes, and exact amounts', () => {
    const csv = '기관,사업,사업명,재원,연도,금액\r\n가 구,P1,"청년, ""희망"" 사업",국비,2022,"1,234.5"\r\n가 구,P1,"청년, ""희망"" 사업",구비,2022,-7\r\n나 구,P1,x,시비,2021,\r\n';
    const r = read(bufferChunks(Buffer.from(csv)));
    expect(r.lines).toEqual(['가 구|P1|국비|2022|1234.5|F2', '가 구|P1|구비|2022|-7|F3']);
    expect(r.problems).toEqual(['blank-amounts@F4']);
  });

  it('gives the same lines, cells and problems however the bytes arrive', () => {
    const name = fc.constantFrom('a', '사업, 하나', 'say "hi"', '줄\n바꿈', '구 비');
    const amount = fc.oneof(fc.integer({ min: -999999, max: 999999 }).map(String), fc.constantFrom('', '1,000', '△5', '12.345', 'x'));
    const row = fc.tuple(fc.constantFrom('A', 'B'), fc.constantFrom('P1', 'P2', 'P3'), name, fc.constantFrom('국비', '시비', '구비', '구 비'), fc.constantFrom('2021', '2022년'), amount);
    const field = (t: string) => (/[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n'), (rows, sizes, eol) => {
        const csv = Buffer.from(['기관,사업,사업명,재원,연도,금액', ...rows.map((r) => r.map(field).join(','))].join(eol) + eol);
        expect(read(trickle(csv, sizes))).toEqual(read(bufferChunks(csv)));
      }),
      { numRuns: 200 },
    );
  });

  it('reads every row as the text-table reader does: labels in any order, blank and odd cells, missing columns', () => {
    // Rows in random order bring labels back after others (the tokenizer's label tables), blank project
    // cells fall back to 사업명, and odd notations, spaces and U+3000 go to the full parsers.
    const amount = fc.oneof(
      fc.integer({ min: -2_000_000, max: 2_000_000 }).map(String),
      fc.constantFrom('', ' ', '\u3000', '1,000', '△5', '12.345', '12.3456', '-0', '0.5', '9007199254740.985', '99999999999999999', ' 7', '7 ', 'x'),
      // Near and past 2^53 units in each unit, and past 2^64 in 백만원 (whole × 10^6).
      fc.constantFrom('9007199254740991', '9007199254740', '9007199254.740991', '9223372036855', '18446744073710', '999999999999999', '-999999999999999.9'),
    );
    const row = fc.record({
      org: fc.constantFrom('가 구', '나 구', '가 구 ', '', '\u00a0나 구'),
      project: fc.constantFrom('P1', 'P2', 'P3', ' ', '', '\u3000'),
      name: fc.constantFrom('사업 하나', '사업, 둘', '', ' 셋 '),
      source: fc.constantFrom('국비', '시비', '구비', '구 비', '"구비"', 'x'),
      year: fc.constantFrom('2021', '2022', '2023', '2022년', '22'),
      amount,
    });
    const columns = fc.subarray(['기관', '사업', '사업명'] as const);
    const field = (t: string) => (/[",\r\n]/.test(t) && !/^"[^"]*"$/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
    fc.assert(
      fc.property(columns, fc.array(row, { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 }), fc.constantFrom<Unit>('원', '천원', '백만원'), (labels, rows, sizes, unit) => {
        const header = [...labels, '재원', '연도', '금액'];
        const cell = { 기관: 'org', 사업: 'project', 사업명: 'name' } as const;
        const body = rows.map((r) => [...labels.map((l) => r[cell[l]]), r.source, r.year, r.amount].map(field).join(','));
        const csv = Buffer.from([header.join(','), ...body].join('\n') + '\n');
        const table = readAsTable(csv, unit);
        expect(read(bufferChunks(csv), unit)).toEqual(table);
        expect(read(trickle(csv, sizes), unit)).toEqual(table);
      }),
      { numRuns: 300 },
    );
  });

  it('names a row by 사업명 when its 사업 is blank, even when the row above named the same 사업명 under a 사업', () => {
    const csv = Buffer.from('사업,사업명,재원,연도,금액\n,X,국비,2022,1\nP1,Y,국비,2022,2\n,Y,국비,2022,3\n');
    const expected = { lines: ['|X|국비|2022|1|E2', '|P1|국비|2022|2|E3', '|Y|국비|2022|3|E4'], problems: [] };
    expect(read(bufferChunks(csv))).toEqual(expected);
    expect(readAsTable(csv)).toEqual(expected);
  });

  it('says where an unclosed quote starts, even when the file arrives in pieces', () => {
    const csv = Buffer.from('사업,재원,연도,금액\n1,구비,2022,5\n1,"구비,2023,5\n');
    expect(() => read(trickle(csv, [3]))).toThrow(expect.objectContaining({ findings: [expect.objectContaining({ code: 'csv-syntax', line: 3 })] }));
  });

  it('leaves a table that is not the long layout to the table reader', () => {
    expect(readLongCsv(bufferChunks(Buffer.from('재원별,합계,2021년\n계,1,1\n')), 'x.csv', opts, [], project)).toBeUndefined();
  });
});
