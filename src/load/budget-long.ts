import { BudgetLines } from '../model/budget-lines.js';
import type { Project } from '../model/dataset.js';
import type { Finding } from '../model/finding.js';
import type { AmountOptions } from '../parse/number.js';
import type { BudgetTableData } from './budget-table.js';
import { longColumns, LongLayoutDecoder } from './long-layout.js';
import { RawLongRow } from './long-rows.js';
import { Header } from './header.js';
import { isBlankRow, type RawTable } from './raw-table.js';

/**
 * The tidy long layout from a text table (a workbook sheet, or a CSV already read as text): one row per
 * (기관, 사업, 재원, 연도, 금액). The rows go through the same decoder as the byte-level CSV reader, so both
 * read the layout alike; see LongLayoutDecoder for the rules.
 */
export function readBudgetLong(
  table: RawTable,
  headerIndex: number,
  opts: Pick<AmountOptions, 'unit' | 'conversionRounding'>,
  problems: Finding[],
  defaultProject: Project,
): BudgetTableData {
  // The header's own checks (duplicate or empty labels, values right of it) run as for every table.
  new Header(table, table.rows[headerIndex]!, problems);
  const cols = longColumns(table.rows[headerIndex]!.cells)!;
  const decoder = new LongLayoutDecoder(cols, { ...opts, scale: BudgetLines.scaleFor(opts.unit) }, problems, table.file, table.sheet, defaultProject);
  const row = new RawLongRow();
  for (const raw of table.rows.slice(headerIndex + 1)) {
    if (!isBlankRow(raw)) decoder.row(row.at(raw));
  }
  return { lines: decoder.lines, statedTotals: [], projects: decoder.finish() };
}
