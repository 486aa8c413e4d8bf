import type { PrintedNote } from '../../model/dataset.js';
import { Grid, textCell } from './grid.js';

/** The printed `※` notes of a page, one line each from `top`, as printed; returns the row after them. */
export function writeNotes(grid: Grid, notes: readonly PrintedNote[], top: number): number {
  notes.forEach((n, i) => grid.put(top + i, 1, textCell(n.text, 'note')));
  return top + notes.length;
}
