import { describe, expect, it } from 'vitest';
import { buildBudgetReport } from '../../src/compute/budget-report.js';
import { D } from '../../src/model/money.js';
import { budgetJson } from '../../src/render/budget-json.js';
import { makeDataset } from '../helpers/factories.js';

describe('budget JSON', () => {
  it('writes figures past 2^53 원 exactly, from their Decimals', () => {
    // 9,007,199,254,740,993 천원 = 2^53 + 1 천원; 2022: (2^53 + 3) + 0.001 = 9,007,199,254,740,995.001
    const big = D('9007199254740993');
    const dataset = makeDataset({
      projects: [{ id: '1', name: 'a "quoted" name' }],
      budget: [
        { project: '1', source: '국비', year: 2021, amount: big },
        { project: '1', source: '국비', year: 2022, amount: big.plus(2) },
        { project: '1', source: '시비', year: 2022, amount: D('0.001') },
      ],
    });
    const j = JSON.parse(JSON.stringify(budgetJson(buildBudgetReport(dataset, 2022))));
    expect([j.projects[0].name, j.total.amount, j.total.change.amount]).toEqual(['a "quoted" name', '9007199254740995.001', '2.001']);
  });
});
