import { describe, expect, it } from 'vitest';
import { sumBudget } from '../../src/compute/budget-sums.js';
import { BudgetLines } from '../../src/model/budget-lines.js';

describe('BudgetSums.total', () => {
  it('folds groups whose sum passes 2^53 units exactly, though each group fits', () => {
    // Two projects of (2^52 + 1) 원 and one of 3 원 in 2022: total 2^53 + 5 원 = 9,007,199,254,740.997 천원.
    const lines = new BudgetLines(1000);
    const half = 2 ** 52 + 1;
    lines.pushUnits(0, lines.projectId('1'), 0, 2022, half);
    lines.pushUnits(0, lines.projectId('2'), 0, 2022, half);
    lines.pushUnits(0, lines.projectId('3'), 1, 2022, 3);
    const total = sumBudget(lines, 'project', null).total();
    expect(total.groups).toEqual([0]);
    const a = total.amounts(0, 2022);
    expect([a.amount.toFixed(), a.bySource.국비!.toFixed(), a.bySource.시비!.toFixed()]).toEqual(['9007199254740.997', '9007199254740.994', '0.003']);
    expect(a.units).toBeUndefined();
  });

  it('has no group when no line is kept', () => {
    const lines = new BudgetLines(1000);
    lines.pushUnits(lines.orgId('가'), lines.projectId('1'), 0, 2022, 5);
    expect(sumBudget(lines, 'project', Uint8Array.of(0, 0)).total().groups).toEqual([]);
  });
});
