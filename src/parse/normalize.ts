/**
 * Text normalisation applied to every cell before it is interpreted. Hangul typed on macOS may arrive
 * decomposed (NFD); full-width digits, NBSP and the Unicode minus come from HWP and web pastes.
 * Each of these is folded to one form, and `changed` tells the caller a note is due.
 */
const FULLWIDTH_DIGIT = /[\uFF10-\uFF19]/g;
const FULLWIDTH_PUNCT: ReadonlyMap<string, string> = new Map([
  ['\uFF0C', ','], ['\uFF0E', '.'], ['\uFF05', '%'], ['\uFF08', '('], ['\uFF09', ')'], ['\uFF0D', '-'],
]);

export function normalizeText(text: string): string {
  return text.normalize('NFC');
}

/** Folds the look-alike characters of a numeric cell; returns the text and whether anything changed. */
export function foldNumeric(text: string): { text: string; changed: boolean } {
  let out = text
    .replace(FULLWIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0C\uFF0E\uFF05\uFF08\uFF09\uFF0D]/g, (c) => FULLWIDTH_PUNCT.get(c) ?? c)
    .replace(/[\u00A0\u2007\u202F\u3000]/g, ' ')
    .replace(/\u2212/g, '-');
  out = out.trim();
  return { text: out, changed: out !== text.trim() };
}

/** Label comparison key: NFC, no whitespace at all ("재 원 별" and "재원별" are one label). */
export function labelKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '');
}
