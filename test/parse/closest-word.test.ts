import { describe, expect, it } from 'vitest';
import { closestPair, editDistance } from '../../src/parse/closest-word.js';

describe('editDistance', () => {
  it('counts syllables, not bytes', () => {
    expect(editDistance('예산액', '요구액')).toBe(2);
    expect(editDistance('금액', '금액')).toBe(0);
    expect(editDistance('', '연도')).toBe(2);
    expect(editDistance('년도', '연도')).toBe(1);
  });
});

describe('closestPair', () => {
  it('finds a likely misnaming, and nothing for unrelated words', () => {
    expect(closestPair(['사업', '요구액'], ['금액', '예산액'])).toEqual({ label: '요구액', word: '예산액' });
    // 요구금액 holds 금액 whole: 2 edits from a 2-syllable word, still close.
    expect(closestPair(['요구금액'], ['금액'])).toEqual({ label: '요구금액', word: '금액' });
    expect(closestPair(['가', '비고'], ['금액', '연도'])).toBeUndefined();
  });
});
