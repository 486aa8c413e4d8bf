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
