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

/**
 * A name as the data identifies it (a project's number or name, an organisation, a group): trimmed, NFC,
 * inner spaces kept — `금천 일자리` and `금천일자리` are different names, `사업 ` and NFD `사업` the same.
 */
export function nameLabel(text: string): string {
  return text.trim().normalize('NFC');
}

/** Label comparison key: NFC, no whitespace at all ("재 원 별" and "재원별" are one label). */
export function labelKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '');
}
