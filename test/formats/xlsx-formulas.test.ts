import { describe, expect, test } from 'vitest';
import { evaluateFormula } from '../../src/formats/xlsx-formulas.js';

/** A sheet: A1..A3 = 1000, 2500, 300.5; B1 = text; B2 blank; C1 = -40. */
const CELLS: Record<string, string> = { A1: '1000', A2: '2500', A3: '300.5', B1: '합계', C1: '-40' };
const cell = (row: number, column: number): string => CELLS[`${String.fromCharCode(64 + column)}${row}`] ?? '';
const value = (formula: string): string | undefined => evaluateFormula(formula, cell)?.toFixed();

describe('evaluateFormula: the formulas a table uses for its totals, computed exactly', () => {
  test('SUM of ranges and cells, + and -, $ anchors, parentheses, numbers', () => {
    expect(value('SUM(A1:A3)')).toBe('3800.5');
    expect(value('=sum($A$1:A2,C1)')).toBe('3460');
    expect(value('A1+A2-C1')).toBe('3540');
    expect(value('-(A1-A2)+10')).toBe('1510');
    expect(value('SUM(A1:C3)')).toBe('3760.5');
  });

  test('as Excel: SUM skips text and blanks; + reads a blank as 0 and has no value for text', () => {
    expect(value('SUM(A1,B1,B2)')).toBe('1000');
    expect(value('A1+B2')).toBe('1000');
    expect(value('A1+B1')).toBeUndefined();
  });

  test('anything else is not evaluated', () => {
    for (const f of ['A1*2', 'A1/A2', 'AVERAGE(A1:A3)', "'other sheet'!A1+1", 'Sheet2!A1', 'SUM(A1:A3', 'A1:A3', '"x"', 'ROUND(A3,0)', 'SUM(A1:XFD1048576)']) expect(value(f), f).toBeUndefined();
  });
});
