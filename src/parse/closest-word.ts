/**
 * Edit distance (insertions, deletions, substitutions of one character) between two labels, as labelKey
 * gives them: for Hangul one syllable is one character, so `예산액` and `요구액` are 2 apart.
 */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[y.length]!;
}

/**
 * The pair (label, word) closest to each other, when it is close enough to be a likely misnaming: at most
 * 2 edits, and fewer edits than the word has characters unless the label holds the whole word (so `가` is
 * never "close" to `금액`, `요구금액` is). Ties: the first label, then the first word, in the order given.
 */
export function closestPair(labels: readonly string[], words: readonly string[]): { label: string; word: string } | undefined {
  let best: { label: string; word: string; distance: number } | undefined;
  for (const label of labels) {
    for (const word of words) {
      const distance = editDistance(label, word);
      // A label holding the whole word (`요구금액` for `금액`) is close however short the word is.
      if (distance > 2 || (distance >= [...word].length && !label.includes(word))) continue;
      if (best === undefined || distance < best.distance) best = { label, word, distance };
    }
  }
  return best && { label: best.label, word: best.word };
}
