import type { CellSpan } from '../model/document.js';

/** A table cell as a word processor stores it: its top-left position (0-based), its extent and its text. */
export interface PlacedCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

/** Why a table's cells do not make a grid: a cell past the table's size, or two cells on one position. */
export class GridProblem extends Error {
  constructor(
    readonly kind: 'outside' | 'overlap',
    readonly cell: PlacedCell,
    readonly other?: PlacedCell,
  ) {
    super(kind);
  }
}

/**
 * The rectangular grid of a table of `rows` × `columns` (document.ts's DocumentTable): each cell's text at
 * its top-left corner, '' where a merged cell covers a position beyond its corner (and where no cell stands,
 * which a damaged file may leave), and the spans of the cells covering more than one position, in reading
 * order. A cell reaching past the table or covering a position another covers is a damaged table: thrown.
 */
export function resolveGrid(cells: readonly PlacedCell[], rows: number, columns: number): { cells: string[][]; spans: CellSpan[] } {
  const grid = Array.from({ length: rows }, () => new Array<string>(columns).fill(''));
  const owner = Array.from({ length: rows }, () => new Array<PlacedCell | undefined>(columns));
  const spans: CellSpan[] = [];
  for (const cell of cells) {
    const { row, column, rowSpan, colSpan } = cell;
    if (row + rowSpan > rows || column + colSpan > columns) throw new GridProblem('outside', cell);
    for (let r = row; r < row + rowSpan; r++) {
      for (let c = column; c < column + colSpan; c++) {
        const other = owner[r]![c];
        if (other) throw new GridProblem('overlap', cell, other);
        owner[r]![c] = cell;
      }
    }
    grid[row]![column] = cell.text;
    if (rowSpan > 1 || colSpan > 1) spans.push({ row, column, rowSpan, colSpan });
  }
  spans.sort((a, b) => a.row - b.row || a.column - b.column);
  return { cells: grid, spans };
}
