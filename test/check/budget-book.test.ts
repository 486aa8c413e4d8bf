import { describe, expect, test } from 'vitest';
import { runChecks } from '../../src/check/registry.js';
import { loadDataset } from '../../src/load/dataset.js';
import type { Rounding } from '../../src/model/money.js';
import { join } from 'node:path';
import { fixture } from '../helpers/paths.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const { fresh } = tempDirs('jr-book-check-');

async function validate(file: string, basisRounding?: Rounding) {
  const { dataset } = await loadDataset(fixture(`budget-book/${file}`));
  if (basisRounding) dataset.info.rules.basisRounding = basisRounding;
  return runChecks(dataset, { holidays: new Map() });
}

const view = (f: { code: string; cell?: string; expected?: string; actual?: string }) => ({ code: f.code, cell: f.cell, expected: f.expected, actual: f.actual });

describe('validate on a budget book', () => {
  // Nodes with children: 부서, 정책사업, 2 단위사업, 3 세부사업, 4 편성목, 5 통계목 = 16 예산액 sums, of which the 11
  // above 통계목 (children that are nodes) also sum their 전년도: 27. 비교증감: 16 nodes + 5 funding rows that state
  // one = 21. Funding sums: 3 세부사업 + 2 of them whose rows state 전년도 = 5. 산출근거: 8. In all 61.
  test.each(['book.csv', 'book-indent.csv', 'book-fill.csv'])('the clean book (%s): 61 checks, no finding', async (file) => {
    const out = await validate(file);
    expect(out.findings).toEqual([]);
    expect(out.checks.length).toBe(61);
    expect(out.checks.every((c) => c.ok)).toBe(true);
  });

  test('the copy with one planted error at each level: each found at its cell, with expected and actual', async () => {
    const out = await validate('book-errors.csv');
    expect(out.findings.map(view)).toEqual([
      // 세부사업 청년 인턴십 운영 (C7) 16,653; its 편성목 101 인건비 11,503 + 201 일반운영비 5,500 (rent 350,000원 × 13개월
      // = 4,550 + 사무관리비 950) = 17,003.
      { code: 'book-children-sum', cell: 'C7', expected: '17003', actual: '16653' },
      // 통계목 01 사무관리비: 950 − 1,000 = −50; printed △5 (E26).
      { code: 'book-change', cell: 'E26', expected: '-50', actual: '-5' },
      // 세부사업 일자리센터 운영 3,600; its one funding row (F40) says 구 3,060.
      { code: 'book-funding-sum', cell: 'F40', expected: '3600', actual: '3060' },
      // 9,000원 × 6명 × 80일 = 4,320,000원 = 4,320천원; printed 4,860 (C13, the 90일 figure).
      { code: 'book-basis', cell: 'C13', expected: '4320', actual: '4860' },
    ]);
    expect(out.findings.every((f) => f.file === 'book-errors.csv' && f.severity === 'error')).toBe(true);
  });

  test('the 산출근거 rule is 올림 by default; 반올림 or 절사 declared, the two 산출근거 with a fraction of a 천원 differ', async () => {
    // 57,258,880원 × 11.6% = 6,642,030.08원 = 6,642.03008천원: 올림 6,643 (printed), 반올림 and 절사 6,642.
    // 4,723,200원 × 1식 = 4,723.2천원: 올림 4,724 (printed), 반올림 and 절사 4,723.
    for (const rule of ['half-up', 'down'] as const) {
      const out = await validate('book.csv', rule);
      expect(out.findings.map(view)).toEqual([
        { code: 'book-basis', cell: 'C14', expected: '6642', actual: '6643' },
        { code: 'book-basis', cell: 'C36', expected: '4723', actual: '4724' },
      ]);
    }
  });

  test('a 비교증감 left blank or printed `-` where the budget changed is found at the 증감 cell (E), not the name', async () => {
    // 가: 100 − 90 = 10, 증감 blank; 나: 50 − 40 = 10, 증감 `-` (0).
    const text = ['2024년도', '구분,과목,예산액,전년도예산액,비교증감', '세부사업,가,100,90,', ',구 100,,90,', '세부사업,나,50,40,-', ',구 50,,40,'].join('\n');
    const { dataset } = await loadDataset(join(fresh([['book.csv', text]]), 'book.csv'));
    const out = runChecks(dataset, { holidays: new Map() });
    expect(out.findings.filter((f) => f.code === 'book-change').map(view)).toEqual([
      { code: 'book-change', cell: 'E3', expected: '10', actual: '0' },
      { code: 'book-change', cell: 'E5', expected: '10', actual: '0' },
    ]);
  });

  test('findings inside a 세부사업 name it as their project', async () => {
    const out = await validate('book-errors.csv');
    expect(out.findings.map((f) => f.project)).toEqual(['1', '1', '3', '1']);
  });
});
