/** Funding sources in the order the department prints them. */
export const SOURCES = ['국비', '시비', '구비'] as const;
export type Source = (typeof SOURCES)[number];

/** The national government's source. */
export const NATIONAL: Source = '국비';
/** The upper government's source (the city's, for a 자치구), whose share of upper + local is the "city share". */
export const UPPER: Source = '시비';
/** The local government's source (the district's own). */
export const LOCAL: Source = '구비';

export function isSource(text: string): text is Source {
  return (SOURCES as readonly string[]).includes(text);
}

/**
 * A source as running text names it in passing: in full (`구비`) or by its first syllable (`시 44,380`,
 * `(구 주민참여예산)` in a component line); undefined for any other word.
 */
export function sourceOfWord(word: string): Source | undefined {
  const w = word.trim();
  if (isSource(w)) return w;
  const full = `${w}비`;
  return isSource(full) ? full : undefined;
}
