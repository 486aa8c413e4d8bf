import type { BudgetLines } from '../model/budget-lines.js';
import type { Project, StatedBudgetTotal } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { labelKey } from '../parse/normalize.js';
import type { AmountOptions } from '../parse/number.js';
import { readBudgetLong } from './long-table.js';
import { readBudgetPrinted } from './budget-printed.js';
import { longColumns } from './long-layout.js';
import { HEADER_WORDS } from '../parse/header-words.js';
import { isBlankRow, type RawTable } from '../formats/raw-table.js';

/** What a budget table yields: the parts, the totals it prints (claims), and projects it names. */
export interface BudgetTableData {
  lines: BudgetLines;
  statedTotals: StatedBudgetTotal[];
  projects: Project[];
}

export type BudgetLayout = 'printed' | 'long';

/** A reader of one budget layout: the table with its header at `headerIndex`, amounts in `opts`' unit. */
export type BudgetLayoutReader = (
  table: RawTable,
  headerIndex: number,
  opts: Pick<AmountOptions, 'unit' | 'conversionRounding'>,
  problems: Finding[],
  defaultProject: Project,
) => BudgetTableData;

/**
 * Recognises the layout from the header: the department's printed table has a `재원별` column;
 * the tidy long layout has `재원`, `연도` and `금액`.
 */
export function detectBudgetLayout(table: RawTable): { layout: BudgetLayout; headerIndex: number } | undefined {
  for (let i = 0; i < Math.min(table.rows.length, 10); i++) {
    const row = table.rows[i]!;
    if (isBlankRow(row)) continue;
    const keys = row.cells.map(labelKey);
    if (HEADER_WORDS.sourceRows.some((w) => keys.includes(w))) return { layout: 'printed', headerIndex: i };
    if (longColumns(row.cells)) return { layout: 'long', headerIndex: i };
  }
  return undefined;
}

export function readBudgetTable(
  table: RawTable,
  opts: Pick<AmountOptions, 'unit' | 'conversionRounding'>,
  problems: Finding[],
  defaultProject: Project,
): BudgetTableData | undefined {
  const found = detectBudgetLayout(table);
  if (!found) return undefined;
  const before = problems.length;
  const data = found.layout === 'printed'
    ? readBudgetPrinted(table, found.headerIndex, opts, problems, defaultProject)
    : readBudgetLong(table, found.headerIndex, opts, problems, defaultProject);
  // A header and nothing under it: said as such, not later as "no data for 2022".
  if (data.lines.length === 0 && data.statedTotals.length === 0 && problems.length === before) {
    problems.push(findingAt('no-rows', 'error', { file: table.file, sheet: table.sheet }, { file: table.sheet ? `${table.file} ${table.sheet}` : table.file }));
  }
  return data;
}
