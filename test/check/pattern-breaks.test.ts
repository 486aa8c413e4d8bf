import { describe, expect, test } from 'vitest';
import { patternBreaks } from '../../src/check/pattern-breaks.js';
import { BudgetLines } from '../../src/model/budget-lines.js';
import type { BudgetLine } from '../../src/model/dataset.js';
import { D } from '../../src/model/money.js';
import { at } from '../../src/model/provenance.js';
import { makeDataset } from '../helpers/factories.js';

/** Project 4's 시비 and 구비 (source lines 390–391) as long-layout lines of the given organisations. */
function dataset(orgs: string[]) {
  const budget = new BudgetLines(1000, 'budgets.csv');
  const rows: [BudgetLine['source'], number[]][] = [['시비', [2999010, 3028628, 3058914]], ['구비', [1286970, 1300212, 1313214]]];
  let row = 2;
  for (const org of orgs) {
    for (const [source, values] of rows) {
      values.forEach((v, i) => budget.push({ ...(org ? { org } : {}), project: '4', source, year: 2022 + i, amount: D(v), at: at('budgets.csv', row++, 5) }));
    }
  }
  return makeDataset({ info: { unit: '천원', year: 2022, rules: { rateRounding: 'half-up', rateDecimals: 0, splitRounding: 'down', basisRounding: 'up' } }, budget });
}

describe('pattern-break over a long layout (no printed 계 row)', () => {
  test('each source is checked against its own row: 2023 breaks the +1 % its 2024 keeps, as with the 계 row', () => {
    // 3,028,628 × 1.01 = 3,058,914.28 → 3,058,914 and 1,300,212 × 1.01 = 1,313,214.12 → 1,313,214 keep +1 %, so
    // 2023 should be 2,999,010 × 1.01 = 3,029,000.1 → 3,029,000 and 1,286,970 × 1.01 = 1,299,839.7 → 1,299,840.
    // 2024's only neighbour (2,999,010 → 3,028,628, +0.99 %) keeps no whole percent: 2024 is not checked.
    const out = patternBreaks(dataset(['']), { holidays: new Map() });
    expect(out.checks.map((c) => [c.params.row, c.params.year, c.expected, c.actual])).toEqual([
      ['시비', '2023', '3029000', '3028628'],
      ['구비', '2023', '1299840', '1300212'],
    ]);
  });

  test('one organisation named in 기관 is looked at; several are not (their sum is no printed row)', () => {
    expect(patternBreaks(dataset(['서울특별시 금천구']), { holidays: new Map() }).checks).toHaveLength(2);
    expect(patternBreaks(dataset(['서울특별시 금천구', '서울특별시 관악구']), { holidays: new Map() }).checks).toEqual([]);
  });

  test('--no-infer: nothing is looked for', () => {
    expect(patternBreaks(dataset(['']), { holidays: new Map(), infer: false }).checks).toEqual([]);
  });
});
