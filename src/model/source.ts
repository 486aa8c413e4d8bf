/** Funding sources in the order the department prints them. */
export const SOURCES = ['국비', '시비', '구비'] as const;
export type Source = (typeof SOURCES)[number];

export function isSource(text: string): text is Source {
  return (SOURCES as readonly string[]).includes(text);
}
