import { describe, expect, it } from 'vitest';
import { bufferChunks, readLongCsv } from '../../src/load/long-bytes.js';
import type { Finding } from '../../src/model/finding.js';

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
});
