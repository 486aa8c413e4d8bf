import { describe, expect, it } from 'vitest';
import { isBareFigure, parseAmount } from '../../src/parse/number.js';

describe('isBareFigure: a whole figure a table cell holds as a number', () => {
  it('takes digits with or without thousands groups, and a sign (-, △, ▲)', () => {
    for (const t of ['0', '12', '1,588,400', '-12', '△4,551', '▲5', '1234567']) expect(isBareFigure(t), t).toBe(true);
  });

  it('leaves text: units, rates, pairs, decimals, misplaced commas, a lone sign', () => {
    for (const t of ['1,558,400천원', '116%', '12(12)', '43회/43명', '1.5', '1,23', '12,3456', '-', '△', '', ' 12', '(12)']) expect(isBareFigure(t), t).toBe(false);
  });

  it('is the grammar of parseAmount: every bare figure reads as an amount', () => {
    for (const t of ['0', '1,588,400', '-12', '△4,551']) expect(parseAmount(t, { unit: '천원', blank: 'missing' }).kind, t).toBe('value');
  });
});
