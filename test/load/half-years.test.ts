import { describe, expect, it } from 'vitest';
import { readHalfYearTables } from '../../src/load/half-years.js';
import type { PrintedTable } from '../../src/model/dataset.js';
import type { Finding } from '../../src/model/finding.js';

function printed(rows: string[][]): PrintedTable {
  return { id: 'tables/participation.csv', title: '안심일자리 3년간 추진실적', asOf: '2021.9.30.', rules: [], file: 'tables/participation.csv', rows };
}

describe('counts by half-year from a printed table', () => {
  it('reads the merged 상반기/하반기 headers, also when the header row stops at its last non-blank cell', () => {
    const problems: Finding[] = [];
    const [t] = readHalfYearTables([printed([['구 분', '상반기', '', '하반기'], ['', '사업수', '참여인원', '사업수', '참여인원'], ['2021', '63', '333', '88', '402']])], problems);
    expect(problems).toEqual([]);
    expect(t!.halves).toEqual(['상반기', '하반기']);
    expect(t!.measures).toEqual(['사업수', '참여인원']);
    expect(t!.rows[0]!.values.map((v) => v?.value.toString())).toEqual(['63', '333', '88', '402']);
    expect(t!.rows[0]!.values[3]!.at.cell).toBe('E3');
  });

  it('skips tables without half-years and reports a bad count by cell', () => {
    const problems: Finding[] = [];
    const out = readHalfYearTables([printed([['구분', '계']]), printed([['구분', '상반기', '', '하반기', ''], ['', 'a', 'b', 'a', 'b'], ['2020', '5x', '1', '2', '3']])], problems);
    expect(out).toHaveLength(1);
    expect(problems.map((p) => [p.code, p.cell])).toEqual([['bad-number', 'B3']]);
  });
});
