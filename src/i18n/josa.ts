/**
 * Korean particles (조사) chosen by the sound the preceding word ends in, as a reader says it: 합계가 but
 * 금액이, 1,234가 (천이백삼십사) but 1,558,400이 (백오십오만 팔천사백) and 30,000과 (삼만). The catalog writes a
 * particle as `{이}`, `{을}`, `{은}`, `{과}`, `{으로}`, `{이나}` or `{이라}` right after a value, and t() calls
 * josaAfter with the text before it: there is never a `이(가)` for the reader to untangle.
 */

/** Each particle by its two forms: after a final consonant (받침), and after a vowel. */
const PAIRS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['이', ['이', '가']],
  ['을', ['을', '를']],
  ['은', ['은', '는']],
  ['과', ['과', '와']],
  ['으로', ['으로', '로']],
  ['이나', ['이나', '나']],
  ['이라', ['이라', '라']],
]);

export const PARTICLES: readonly string[] = [...PAIRS.keys()];

/** The final consonant a word ends in when read aloud: none, ㄹ (which takes 로, not 으로), or another. */
type Final = 'none' | 'rieul' | 'other';

/** Hangul finals by index (0 none … 27): ㄹ is 8. */
const RIEUL = 8;

/** Latin letters said with a final consonant: 엘, 엠, 엔, 알. */
const LETTER_FINALS: Readonly<Record<string, Final>> = { l: 'rieul', m: 'other', n: 'other', r: 'rieul' };

/** Digits as said (영, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구). */
const DIGIT_FINALS: readonly Final[] = ['other', 'rieul', 'none', 'other', 'none', 'none', 'other', 'rieul', 'rieul', 'none'];

/**
 * A whole number said aloud ends in its last non-zero digit, or in the power of ten its zeros make:
 * 십 (ㅂ), 백 (ㄱ), 천 (ㄴ), 만 (ㄴ, up to 천만), 억 (ㄱ), 조 (none), 경 (ㅇ).
 */
function integerFinal(digits: string): Final {
  const trimmed = digits.replace(/^0+/, '');
  if (trimmed === '') return 'other'; // 영
  const zeros = trimmed.length - trimmed.replace(/0+$/, '').length;
  if (zeros === 0) return DIGIT_FINALS[Number(trimmed[trimmed.length - 1])]!;
  if (zeros < 12 || zeros >= 16) return 'other';
  return 'none'; // 조
}

/** How `text` ends when read aloud, looking past closing quotes, brackets and spaces. */
function finalOf(text: string): Final {
  const body = text.replace(/["'”’」』)\]>\s]+$/u, '');
  const number = /(\d[\d,]*)(?:\.(\d+))?$/.exec(body);
  if (number) {
    // Decimals are said digit by digit (116.28: 백십육 점 이팔), so the last digit decides.
    const fraction = number[2];
    return fraction !== undefined ? DIGIT_FINALS[Number(fraction[fraction.length - 1])]! : integerFinal(number[1]!.replace(/,/g, ''));
  }
  const last = [...body].pop();
  if (last === undefined) return 'none';
  const cp = last.codePointAt(0)!;
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const final = (cp - 0xac00) % 28;
    return final === 0 ? 'none' : final === RIEUL ? 'rieul' : 'other';
  }
  return LETTER_FINALS[last.toLowerCase()] ?? 'none';
}

/** The form of `particle` (either form may be given: 이 or 가) that follows `text`. */
export function josaAfter(text: string, particle: string): string {
  const pair = PAIRS.get(particle) ?? [...PAIRS.values()].find((p) => p[1] === particle);
  if (pair === undefined) throw new Error(`unknown particle ${particle}`);
  const final = finalOf(text);
  // 으로 is the one particle whose consonant form ㄹ does not take: 서울로, 1로 (일로).
  if (pair[0] === '으로') return final === 'other' ? pair[0] : pair[1];
  return final === 'none' ? pair[1] : pair[0];
}

/** `word` followed by its particle: josa('금액', '이') → 금액이. */
export function josa(word: string, particle: string): string {
  return word + josaAfter(word, particle);
}
