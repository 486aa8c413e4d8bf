import { describe, expect, it } from 'vitest';
import { budgetTables } from '../../src/compute/budget-tables.js';
import { D } from '../../src/model/money.js';
import type { BudgetLine } from '../../src/model/dataset.js';
import { makeDataset } from '../helpers/factories.js';

/** Exact decimal text compared as numbers ("7.500" and "7.5" are the same figure). */
const canon = (x: string): string => D(x).toFixed();
const line = (org: string, project: string, source: BudgetLine['source'], year: number, amount: string): BudgetLine => ({ org, project, source, year, amount: D(amount) });

describe('budgetTables', () => {
  it('adds each organisation-project pair exactly, 원 included, in the department order', () => {
    const dataset = makeDataset({
      projects: [
        { id: '2', name: '둘' },
        { id: '1', name: '하나' },
      ],
      budget: [
        line('가구', '1', '시비', 2022, '0.001'),
        line('가구', '1', '시비', 2022, '0.002'),
        line('가구', '2', '구비', 2021, '10'),
        line('가구', '2', '구비', 2022, '7.5'),
        line('나구', '1', '국비', 2022, '-1'),
      ],
    });
    const { projects, pairs } = budgetTables(dataset, 2022);
    // 사업목록 puts 2 before 1. Project 1: 0.001 + 0.002 − 1 = −0.997; project 2: 7.5, 2021 10, 증감 −2.5, −2.5 ÷ 10 = −0.25.
    expect(projects.map((r) => [r.id, r.name, canon(r.current[0]!), canon(r.previous), canon(r.change), r.rate])).toEqual([
      ['2', '둘', '7.5', '10', '-2.5', -0.25],
      ['1', '하나', '-0.997', '0', '-0.997', null],
    ]);
    // 가구 first (the data's order), its projects in the department's order: 2 then 1.
    expect(pairs.map((r) => [r.org, r.id, ...r.current.map(canon)])).toEqual([
      ['가구', '2', '7.5', '0', '0', '7.5'],
      ['가구', '1', '0.003', '0', '0.003', '0'],
      ['나구', '1', '-1', '-1', '0', '0'],
    ]);
  });

  it('stays exact past 2^53 원 (the Decimal path), and keeps only the organisations asked for', () => {
    // 9,007,199,254,740.993 천원 = 2^53 + 1 원: not a safe integer in 원.
    const big = '9007199254740.993';
    const dataset = makeDataset({
      budget: [line('가구', '1', '구비', 2022, big), line('가구', '1', '구비', 2022, '1'), line('가구', '1', '구비', 2021, '1'), line('나구', '1', '구비', 2022, '5')],
    });
    const { projects, pairs } = budgetTables(dataset, 2022, ['가구']);
    // 9,007,199,254,740.993 + 1 = 9,007,199,254,741.993; 증감 = that − 1 = 9,007,199,254,740.993
    expect(pairs.map((r) => [r.org, canon(r.current[0]!), canon(r.change)])).toEqual([['가구', '9007199254741.993', '9007199254740.993']]);
    expect(projects.map((r) => canon(r.current[3]!))).toEqual(['9007199254741.993']);
  });

  it("stays exact when a row's running sum passes 2^53 원 and comes back below it", () => {
    // 국비 9,007,199,254,740.991 천원 = 2^53 − 1 원, 시비 0.002, 구비 −0.003: 계 = 9,007,199,254,740.990 천원,
    // though 국비 + 시비 alone (2^53 + 1 원) is past what a double holds exactly.
    const dataset = makeDataset({
      budget: [line('가구', '1', '국비', 2022, '9007199254740.991'), line('가구', '1', '시비', 2022, '0.002'), line('가구', '1', '구비', 2022, '-0.003'), line('가구', '1', '국비', 2021, '1')],
    });
    const { pairs } = budgetTables(dataset, 2022);
    // 증감 = 9,007,199,254,740.990 − 1 = 9,007,199,254,739.990
    expect(pairs.map((r) => [canon(r.current[0]!), canon(r.change)])).toEqual([['9007199254740.99', '9007199254739.99']]);
  });
});
