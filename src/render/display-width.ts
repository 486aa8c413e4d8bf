import { eastAsianWidth } from 'get-east-asian-width';

/**
 * Columns a string takes on a terminal: Hangul and other wide characters count two, combining marks and
 * zero-width characters none. (string-width does this too, but loading its emoji tables cost ~30 ms per
 * run, more than the whole budget computation; our tables hold text and numbers, not emoji.)
 * East Asian *Ambiguous* characters (△, ─, ×, ÷, ·) count one, as most terminals draw them.
 */
export function displayWidth(text: string): number {
  return widthOf(text, false);
}

/**
 * The measure for a terminal that draws the ambiguous characters wide (`ambiguousWide`: common on Korean
 * Windows consoles and in terminals set to "ambiguous = wide"), or narrow as displayWidth does.
 */
export function terminalMeasure(ambiguousWide: boolean): (text: string) => number {
  return ambiguousWide ? (text) => widthOf(text, true) : displayWidth;
}

function widthOf(text: string, ambiguousAsWide: boolean): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f)) continue;
    if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    // Conjoining jamo vowels and finals (NFD Hangul) join the preceding initial.
    if (cp >= 0x1160 && cp <= 0x11ff) continue;
    width += eastAsianWidth(cp, { ambiguousAsWide });
  }
  return width;
}
