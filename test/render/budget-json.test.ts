import { describe, expect, it } from 'vitest';
import { buildBudgetReport } from '../../src/compute/budget-report.js';
import { budgetJson } from '../../src/render/budget-json.js';
import { pastSafeIntegers } from '../helpers/factories.js';

describe('budget JSON', () => {
  it('writes figures past 2^53 원 exactly, from their Decimals', () => {
    // 2022: (2^53 + 3) + 0.001 = 9,007,199,254,740,995.001 천원; 증감 2.001 (see pastSafeIntegers)
    const dataset = pastSafeIntegers('a "quoted" name');
    const j = JSON.parse(JSON.stringify(budgetJson(buildBudgetReport(dataset, 2022))));
    expect([j.projects[0].name, j.total.amount, j.total.change.amount]).toEqual(['a "quoted" name', '9007199254740995.001', '2.001']);
  });
});
