/**
 * The one rule for a blank cell: nothing, or only white space (spaces, tabs, NBSP, the ideographic space,
 * line breaks: what String.prototype.trim removes). A row of blank cells is a blank row — what Excel leaves
 * as `,,,,` after a row is cleared, or a sheet row holding only formatting or spaces — and every reader
 * skips it: neither data nor an error. Whether a blank cell inside a row means zero or missing is the
 * layout's BlankRule (parse/number.ts), not this.
 */
export function isBlankCell(text: string | undefined): boolean {
  return text === undefined || text === '' || text.trim() === '';
}

/** A row whose cells are all blank (isBlankCell). */
export function isBlankCells(cells: readonly string[]): boolean {
  for (const c of cells) if (!isBlankCell(c)) return false;
  return true;
}
