import type { BudgetLines } from '../model/budget-lines.js';
import type { SourceSet } from '../model/source.js';
import type { Project, StatedBudgetTotal } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { labelKey } from '../parse/normalize.js';
import type { AmountOptions } from '../parse/number.js';
import { readBudgetLong } from './long-table.js';
import { readBudgetPrinted } from './budget-printed.js';
import { readBudgetBook } from './budget-book.js';
import { bookColumns } from './budget-book-columns.js';
import type { BudgetBook } from '../model/budget-book.js';
import { longColumns } from './long-layout.js';
import { HEADER_WORDS, type HeaderWords } from '../parse/header-words.js';
import { isBlankRow, type RawTable } from '../formats/raw-table.js';

/** What a budget table yields: the parts, the totals it prints (claims), and projects it names. */
export interface BudgetTableData {
  lines: BudgetLines;
  statedTotals: StatedBudgetTotal[];
  projects: Project[];
  /** A budget book's tree (세출예산 사업명세서), for the checks of its sums (check/book-*.ts). */
  book?: BudgetBook;
}

/** The layouts a dataset's budget table is written in (the template offers both). */
export type BudgetLayout = 'printed' | 'long';
/** Every layout a budget table is read in: the dataset's, and an office's budget book (세출예산 사업명세서). */
export type ReadLayout = BudgetLayout | 'book';

/**
 * How a budget table is read: its unit and rounding, the header words (a mapping's, else HEADER_WORDS), and
 * the dataset's declared sources (국비/시비/구비 when absent).
 */
export type BudgetOptions = Pick<AmountOptions, 'unit' | 'conversionRounding'> & { words?: HeaderWords; sources?: SourceSet };

/** How many rows from the top a budget table's header is looked for in. */
export const HEADER_ROWS_SEARCHED = 10;

/** A reader of one budget layout: the table with its header at `headerIndex`, amounts in `opts`' unit. */
export type BudgetLayoutReader = (
  table: RawTable,
  headerIndex: number,
  opts: BudgetOptions,
  problems: Finding[],
  defaultProject: Project,
) => BudgetTableData;

/**
 * Recognises the layout from the header: the tidy long layout has a source, a year and an amount column
 * (`재원`, `연도`, `금액` or a synonym: HEADER_WORDS); a budget book has 예산액, 전년도 예산액 and 비교증감
 * (load/budget-book-columns.ts); else the department's printed table has a `재원별` column.
 */
export function detectBudgetLayout(table: RawTable, words: HeaderWords = HEADER_WORDS): { layout: ReadLayout; headerIndex: number } | undefined {
  for (let i = 0; i < Math.min(table.rows.length, HEADER_ROWS_SEARCHED); i++) {
    const row = table.rows[i]!;
    if (isBlankRow(row)) continue;
    const keys = row.cells.map(labelKey);
    // A year and an amount column make the long layout even when its source column is headed 재원별.
    if (longColumns(row.cells, words)) return { layout: 'long', headerIndex: i };
    // 예산액, 전년도 예산액 and 비교증감 with a level, 과목 or per-level column: a budget book.
    if (bookColumns(row.cells, words)) return { layout: 'book', headerIndex: i };
    if (words.sourceRows.some((w) => keys.includes(w))) return { layout: 'printed', headerIndex: i };
  }
  return undefined;
}

export function readBudgetTable(
  table: RawTable,
  opts: BudgetOptions,
  problems: Finding[],
  defaultProject: Project,
): BudgetTableData | undefined {
  const found = detectBudgetLayout(table, opts.words);
  if (!found) return undefined;
  const before = problems.length;
  const reader = { printed: readBudgetPrinted, long: readBudgetLong, book: readBudgetBook }[found.layout];
  const data = reader(table, found.headerIndex, opts, problems, defaultProject);
  // A header and nothing under it: said as such, not later as "no data for 2022".
  if (data.lines.length === 0 && data.statedTotals.length === 0 && !data.book?.roots.length && problems.length === before) {
    problems.push(findingAt('no-rows', 'error', { file: table.file, sheet: table.sheet }, { file: table.sheet ? `${table.file} ${table.sheet}` : table.file }));
  }
  return data;
}
