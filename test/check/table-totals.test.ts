import { expect, test } from 'vitest';
import { parseFormula } from '../../src/parse/table-formula.js';
import { tableTotals } from '../../src/check/table-totals.js';
import type { PrintedTable } from '../../src/model/dataset.js';
import { makeDataset } from '../helpers/factories.js';

const table = (rows: string[][], rules: string[] = []): PrintedTable => ({ id: 't', title: 't', rules, file: 't.csv', rows });
const run = (t: PrintedTable) => tableTotals(makeDataset({ tables: [t] }), { holidays: new Map() });

test('소계 covers its block; 합계 skips 소계 lines and sums every leaf row', () => {
  const { checks, findings } = run(
    table([
      ['구분', '인원'],
      ['가', '1'],
      ['나', '2'],
      ['소계', '3'], // 1 + 2
      ['다', '4'],
      ['소 계', '5'], // 4 ≠ 5
      ['합 계', '7'], // 1 + 2 + 4 = 7
    ]),
  );
  expect(checks.map((c) => [c.cell, c.expected, c.actual])).toEqual([
    ['B4', '3', '3'],
    ['B6', '4', '5'],
    ['B7', '7', '7'],
  ]);
  expect(findings.map((f) => f.cell)).toEqual(['B6']);
});

test('a total at the top sums the rows below; text columns and declared targets are left alone', () => {
  const { checks } = run(
    table(
      [
        ['구분', '예산', '사업명', '계'],
        ['계', '30', '', '30'],
        ['가', '10', '· 하나', '10'],
        ['나', '20', '· 둘', '20'],
      ],
      ['B2=B3+B4'],
    ),
  );
  // B2 is the declared rule's. D2 twice: as the 계 row (D3 + D4 = 10 + 20) and as the 계 column (C2 blank + B2 = 30).
  // D3 and D4 are not checked: the text column C stands between them and the figures.
  expect(checks.map((c) => [c.cell, c.expected])).toEqual([['D2', '30'], ['D2', '30']]);
});

test('a 전 체 column next to the row labels is the sum of the columns right of it, over a two-row header', () => {
  // The seed's 인력구성 (lines 117–119): 64 = 1 + 1 + 1 + 2 + 59; a second row with 63 is one short.
  const { checks, findings } = run(
    table([
      ['전 체', '사무인력(정규직)', '', '', '현장인력(계약직)', ''],
      ['', '대표이사', '경영지원팀', '사업관리팀', '펫푸드사업', '공공업무 대행 사업'],
      ['64', '1', '1', '1', '2', '59'],
      ['63', '1', '1', '1', '2', '59'],
    ]),
  );
  expect(checks.map((c) => [c.cell, c.expected, c.actual])).toEqual([
    ['A3', '64', '64'],
    ['A4', '64', '63'],
  ]);
  expect(findings.map((f) => f.cell)).toEqual(['A4']);
});

test('declared rules: SUM ranges, + and −, unreadable rules say where', () => {
  expect(parseFormula('E2 = C2 − D2')).toEqual({ target: { r: 1, c: 4 }, terms: [{ sign: 1, cells: [{ r: 1, c: 2 }] }, { sign: -1, cells: [{ r: 1, c: 3 }] }] });
  expect(parseFormula('A2=SUM(B2:C2,E2)')).toEqual({ target: { r: 1, c: 0 }, terms: [{ sign: 1, cells: [{ r: 1, c: 1 }, { r: 1, c: 2 }, { r: 1, c: 4 }] }] });
  expect(parseFormula('A2=B2*C2')).toBe('*C2');
  expect(parseFormula('A2')).toBe('=');
});
