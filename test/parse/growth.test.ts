import { describe, expect, test } from 'vitest';
import { parseGrowth } from '../../src/parse/growth.js';

describe('parseGrowth', () => {
  test.each([
    ['3%', '0.03'],
    ['0.03', '0.03'],
    ['+3%', '0.03'],
    ['-2%', '-0.02'],
    ['△2%', '-0.02'],
    ['▲2%', '-0.02'],
    ['−2%', '-0.02'], // Unicode minus, folded
    ['0%', '0'],
    ['-0%', '0'],
    ['2.5%', '0.025'],
  ])('%s → %s', (raw, expected) => {
    const p = parseGrowth(raw);
    expect(p.kind).toBe('value');
    if (p.kind === 'value') expect(p.value.toFixed()).toBe(expected);
  });

  test.each(['', '7:3', '3%%', 'abc', '1e2', '--2%', '-'])('refuses %j', (raw) => {
    expect(parseGrowth(raw).kind).toBe(raw === '' ? 'missing' : 'error');
  });
});
