/** `D17` → row 17, column 4 (1-based, as Excel numbers them); undefined when it is not an address. */
export function parseCellAddress(text: string): { row: number; column: number } | undefined {
  const m = /^([A-Za-z]{1,3})([1-9]\d*)$/.exec(text.trim());
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}
