import { describe, expect, test } from 'vitest';
import { foldNumeric, labelKey, normalizeText } from '../../src/parse/normalize.js';

describe('labelKey', () => {
  test('spaces inside a label do not matter', () => {
    expect(labelKey('재 원 별')).toBe('재원별');
    expect(labelKey(' 재원별 ')).toBe('재원별');
  });

  test('every kind of whitespace goes (tab, newline, NBSP, ideographic space)', () => {
    expect(labelKey('재\t원\n별')).toBe('재원별');
    expect(labelKey('재\u00A0원\u3000별')).toBe('재원별');
  });

  test('NFD Hangul gets the NFC key', () => {
    const nfd = '계'.normalize('NFD');
    expect(nfd).not.toBe('계'); // premise: the decomposed form really is different text
    expect(nfd.length).toBe(2); // ᄀ + ᅨ
    expect(labelKey(nfd)).toBe('계');
    expect(labelKey('재원별'.normalize('NFD'))).toBe(labelKey('재원별'));
    expect(labelKey('재 원 별'.normalize('NFD'))).toBe('재원별');
  });
});

describe('normalizeText', () => {
  test('composes Hangul', () => {
    expect(normalizeText('사업명'.normalize('NFD'))).toBe('사업명');
  });
});

describe('foldNumeric', () => {
  test.each<[string, string, string, boolean]>([
    ['plain text untouched', '1,234', '1,234', false],
    ['ordinary spaces trimmed without a note', '  1,234 ', '1,234', false],
    ['NBSP around trimmed like any whitespace', '\u00A01,234\u00A0', '1,234', false],
    ['full-width digits', '１２３', '123', true],
    ['full-width digits and comma', '１，２３４', '1,234', true],
    ['full-width point', '１．５', '1.5', true],
    ['full-width percent', '５０％', '50%', true],
    ['full-width parentheses', '（１，２３４）', '(1,234)', true],
    ['full-width hyphen', '－５', '-5', true],
    ['Unicode minus', '\u22125', '-5', true],
    ['NBSP inside', '1,234\u00A0천원', '1,234 천원', true],
    ['figure space inside', '1\u20070', '1 0', true],
    ['narrow NBSP inside', '1\u202F0', '1 0', true],
    ['ideographic space inside', '1\u30000', '1 0', true],
    ['triangle kept as is', '△1,234', '△1,234', false],
    ['Hangul kept as is', '일천', '일천', false],
    ['empty', '', '', false],
  ])('%s: %j', (_name, raw, text, changed) => {
    expect(foldNumeric(raw)).toEqual({ text, changed });
  });

  test('all ten full-width digits map to ASCII', () => {
    expect(foldNumeric('０１２３４５６７８９').text).toBe('0123456789');
  });
});
