import { describe, expect, it } from 'vitest';
import { evaluateFormula, placeFormula } from '../../src/compute/cell-formula.js';
import { D } from '../../src/model/money.js';

describe('placeFormula: a stated identity moved down the sheet', () => {
  it('moves every address by the offset and lists the cells it reads', () => {
    const f = placeFormula('B3=SUM(C3:E3)', 10)!;
    expect([f.row, f.column, f.formula]).toEqual([13, 2, 'SUM(C13:E13)']);
    expect(f.terms.map((t) => [t.row, t.column, t.sign])).toEqual([[13, 3, 1], [13, 4, 1], [13, 5, 1]]);
    expect(placeFormula('E2=C2-D2', 3)!.formula).toBe('C5-D5');
    expect(placeFormula('b2 = b3 + b4', 0)!.formula).toBe('B3+B4');
  });

  it('refuses what tables.csv cannot state', () => {
    for (const rule of ['B2', 'B2=AVERAGE(C2:D2)', 'B2=C2*2', 'B2=C2=D2', '=C2', 'C2=ROUND(B2*1.1)']) expect(placeFormula(rule, 0), rule).toBeUndefined();
  });

  it('a composite out-year rule is Excel\'s own formula, moved, and evaluates as it rounds', () => {
    const f = placeFormula('C2=ROUND(B2*110%,0)+4500', 5)!;
    expect([f.row, f.column, f.formula]).toEqual([7, 3, 'ROUND(B7*110%,0)+4500']);
    // 53,318 × 1.1 = 58,649.8 → 58,650, + 4,500 = 63,150.
    expect(evaluateFormula(f, () => D(53318))!.toFixed()).toBe('63150');
  });
});

describe('evaluateFormula', () => {
  const values = new Map<string, ReturnType<typeof D> | null>([['5:3', D(2033204)], ['5:4', D(1555597)], ['6:3', null]]);
  const at = (r: number, c: number) => values.get(`${r}:${c}`);

  it('adds and subtracts; a blank cell counts as zero', () => {
    // 2,033,204 − 1,555,597 = 477,607
    expect(evaluateFormula(placeFormula('E1=C1-D1', 4)!, at)!.toFixed()).toBe('477607');
    expect(evaluateFormula(placeFormula('E1=SUM(C1:C3)', 4)!, (r, c) => (r === 6 ? undefined : at(r, c)))!.toFixed()).toBe('2033204');
  });

  it('gives nothing when a cell it reads is text (12(12))', () => {
    expect(evaluateFormula(placeFormula('A1=SUM(C1:C2)', 4)!, at)).toBeNull();
  });

  it('COUNTA counts the filled cells, text included, and skips blanks', () => {
    // C5 and D5 hold figures, C6 text, D6 blank: three filled cells.
    const f = placeFormula('A1=COUNTA(C1:D2)', 4)!;
    expect(f.formula).toBe('COUNTA(C5:D6)');
    expect(evaluateFormula(f, at)!.toFixed()).toBe('3');
  });
});
