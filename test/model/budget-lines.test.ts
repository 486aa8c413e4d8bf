import { describe, expect, it } from 'vitest';
import { BudgetLines } from '../../src/model/budget-lines.js';

describe('BudgetLines', () => {
  it('keeps label indices past 65,535 exact (16-bit indices widen to 32)', () => {
    const lines = new BudgetLines(1000);
    const count = 70_000;
    for (let p = 0; p < count; p++) lines.pushUnits(lines.orgId(`기관${p % 3}`), lines.projectId(`P${p}`), p % 3, 2022, p * 1000, p + 2, 6);
    for (let o = 0; o < 66_000; o++) lines.orgId(`org ${o}`);
    lines.pushUnits(lines.orgId('org 65999'), lines.projectId('P69999'), 0, 2024, 1, count + 2, 6);
    expect(lines.length).toBe(count + 1);
    expect(lines.line(count - 1)).toMatchObject({ project: 'P69999', org: '기관0', year: 2022 });
    expect(lines.line(count - 1).amount.toFixed()).toBe('69999');
    expect(lines.line(count)).toMatchObject({ project: 'P69999', org: 'org 65999', year: 2024 });
    expect(lines.line(65_536)).toMatchObject({ project: 'P65536', at: { row: 65_538, column: 6 } });
  });
});

describe('BudgetLines cells', () => {
  it('gives each line its own cell through skipped rows, column changes and lines without a cell', () => {
    const lines = new BudgetLines(1000);
    const cells: [number, number][] = [
      [2, 6], [3, 6], [4, 6], [6, 6], [7, 6], // row 5 skipped (a blank amount)
      [7, 7], [8, 7], // the next column
      [0, 0], [0, 0], // lines that were not read from a file
      [3, 6], [4, 6], // back up: a new run
    ];
    cells.forEach(([row, column], i) => lines.pushUnits(0, lines.projectId('1'), 0, 2022, i, row, column));
    expect(cells.map((_, i) => lines.cellOf(i))).toEqual(cells.map(([row, column]) => ({ row, column })));
    expect(lines.line(3).at).toMatchObject({ row: 6, column: 6 });
    expect(lines.line(7).at).toBeUndefined();
  });
});
