import { MAPPED_CONCEPTS } from './header-words.js';
import { labelKey } from './normalize.js';

/** A header mapping's pairs, or the first pair that cannot be one (its text, and why). */
export type HeaderMapResult = { map: Map<string, string> } | { bad: string; reason: 'syntax' | 'concept' | 'twice' };

/**
 * `금액=요구액,연도=예산연도`: each concept (a word of MAPPED_CONCEPTS) and the header that holds it, compared
 * as labelKey compares headers (spaces and NFD do not count). Also the pairs of a dataset's 열이름 table.
 */
export function parseHeaderMap(pairs: readonly string[]): HeaderMapResult {
  const map = new Map<string, string>();
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const concept = labelKey(pair.slice(0, Math.max(eq, 0)));
    const header = labelKey(pair.slice(eq + 1));
    if (eq < 0 || concept === '' || header === '') return { bad: pair, reason: 'syntax' };
    if (MAPPED_CONCEPTS[concept] === undefined) return { bad: pair, reason: 'concept' };
    if (map.has(concept)) return { bad: pair, reason: 'twice' };
    map.set(concept, header);
  }
  return { map };
}
