import type { Decimal } from 'decimal.js';
import { isBareFigure, parseAmount } from '../../parse/number.js';
import { Grid, textCell } from './grid.js';

/** A part of the dataset as read (every cell text, rows at their numbers): what the loader needs back. */
export interface DataPart {
  sheet: string;
  rows: string[][];
}

/**
 * The dataset itself, one hidden sheet per part under the names src/load/table-source.ts reads
 * (정보, 사업목록, 소요예산, …, one per printed table), so that `--data report.xlsx` loads the same data
 * the report was made from. Cells as a colleague would type them: plain amounts as numbers, the rest text.
 */
export function dataSheet(part: DataPart): Grid {
  const grid = new Grid(part.sheet);
  grid.sheet.hidden = true;
  part.rows.forEach((cells, i) => {
    cells.forEach((text, c) => {
      if (text === '') return;
      const parsed = i > 0 && isBareFigure(text) ? parseAmount(text, { unit: '천원', blank: 'missing' }) : undefined;
      const value: Decimal | undefined = parsed?.kind === 'value' ? parsed.value : undefined;
      grid.put(i + 1, c + 1, value ? { value, style: 'item', format: 'amount' } : textCell(text));
    });
  });
  return grid;
}
