import { describe, expect, it } from 'vitest';
import { buildBudgetReport } from '../../src/compute/budget-report.js';
import { D } from '../../src/model/money.js';
import { BudgetJsonRows } from '../../src/render/budget-json-rows.js';
import { makeDataset, pastSafeIntegers } from '../helpers/factories.js';

describe('budget JSON rows from the sums (wasm/budget-json.ts)', () => {
  const report = buildBudgetReport(
    makeDataset({
      budget: [
        { project: '1', source: '시비', year: 2022, amount: D(7) },
        // 4,503,599,627,370 천원 = 4.5 × 10^15 원: below 2^53, but its city share's integer steps pass 2^64.
        { project: '2', source: '시비', year: 2022, amount: D('4503599627370') },
        { project: '2', source: '구비', year: 2022, amount: D(1) },
      ],
    }),
    2022,
  );

  it('writes a row it can, and leaves one whose rate would pass 64 bits to the report model', () => {
    const rows = BudgetJsonRows.of(report.sums, 2022)!;
    const [one, two] = report.heads;
    const text = Buffer.from(rows.row(one!.group, 2, one)!).toString('utf8');
    expect(text.startsWith('{\n      "id": "1",\n      "name": "1",\n      "amount": "7",')).toBe(true);
    expect(text.endsWith('\n    }')).toBe(true);
    expect(rows.row(two!.group, 2, two)).toBeNull();
  });

  it('takes no sums with a cell past 2^53 원', () => {
    expect(BudgetJsonRows.of(buildBudgetReport(pastSafeIntegers(), 2022).sums, 2022)).toBeNull();
  });
});
