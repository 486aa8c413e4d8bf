import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/i18n/lang.js';
import { MESSAGE_KEYS, t } from '../../src/i18n/messages.js';

/** A value read with a final consonant (백오십오만 팔천사백) and one without (천이백삼십사). */
const WITH_FINAL = '1,558,400';
const WITHOUT_FINAL = '1,234';
/** The consonant form of each particle, and the vowel form. */
const AFTER_CONSONANT = ['이', '을', '은', '과', '으로'];
const AFTER_VOWEL = ['가', '를', '는', '와', '로'];

function render(lang: (typeof LANGS)[number], key: (typeof MESSAGE_KEYS)[number], value: string): string {
  const names = [...t(lang, key).matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return t(lang, key, Object.fromEntries(names.map((n) => [n, value])));
}

/** The particle right after `value` (past a closing quote or bracket), or undefined. */
function particlesAfter(text: string, value: string): string[] {
  const found: string[] = [];
  for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) {
    const m = /^["」』]?(으로|[이가을를은는과와로])/.exec(text.slice(i + value.length));
    if (m) found.push(m[1]!);
  }
  return found;
}

describe('every catalog message, rendered with sample values of both endings', () => {
  for (const lang of LANGS) {
    test.each(MESSAGE_KEYS)(`${lang} %s`, (key) => {
      for (const value of [WITH_FINAL, WITHOUT_FINAL]) {
        const text = render(lang, key, value);
        // No particle left for the reader to choose, and no marker left unresolved.
        expect(text).not.toMatch(/\((?:이|가|을|를|은|는|과|와|으|으로|로)\)/);
        expect(text).not.toMatch(/\{(?:이|을|은|과|으로|이나|이라)\}/);
        expect(text).not.toMatch(/\{\w+\}/);
        const wrong = value === WITH_FINAL ? AFTER_VOWEL : AFTER_CONSONANT;
        for (const p of particlesAfter(text, value)) expect(wrong, `${text}`).not.toContain(p);
      }
    });
  }

  test('the Korean particles do follow the sample values', () => {
    expect(render('ko', 'headline-mismatch', WITH_FINAL)).toContain(`${WITH_FINAL}이 `);
    expect(render('ko', 'headline-mismatch', WITHOUT_FINAL)).toContain(`${WITHOUT_FINAL}가 `);
    expect(render('ko', 'bad-number', WITH_FINAL)).toContain(`"${WITH_FINAL}"을 `);
    expect(render('ko', 'bad-number', WITHOUT_FINAL)).toContain(`"${WITHOUT_FINAL}"를 `);
  });

  test('English messages that are sentences start with a capital letter and end with a stop', () => {
    for (const key of ['bad-number', 'using-bundled', 'usage.unknown-option', 'file-not-found', 'too-many-problems', 'holidays-not-covered'] as const) {
      const text = render('en', key, '7').replace(/^7(?: 7)*: /, '');
      expect(text, key).toMatch(/^[A-Z0-9]/);
      expect(text, key).toMatch(/[.?!]$/);
    }
  });

  test('an English finding placed in a file starts its sentence with a capital after the place', () => {
    const lower = MESSAGE_KEYS.filter((key) => /^\{(?:place|file)\}: [a-z]/.test(t('en', key)));
    expect(lower).toEqual([]);
  });
});
