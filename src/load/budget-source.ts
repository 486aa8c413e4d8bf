import { basename } from 'node:path';
import { BudgetLines } from '../model/budget-lines.js';
import type { Project } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import type { AmountOptions } from '../parse/number.js';
import { readBudgetTable, type BudgetTableData } from './budget-table.js';
import { parseCsvBytes } from './csv.js';
import { InputError } from './input-error.js';
import { readLongCsvBytes } from './long-bytes.js';
import type { TableSource } from './table-source.js';

/**
 * The dataset's budget, however it is given. A CSV in the long layout is read straight from its bytes
 * (a national file has 440,000 lines: no strings, no objects per line); any other CSV, and every workbook
 * sheet, is read as a text table in whichever layout its header shows.
 */
export async function readBudget(
  source: TableSource,
  opts: Pick<AmountOptions, 'unit' | 'conversionRounding'>,
  problems: Finding[],
  fallback: Project,
): Promise<BudgetTableData> {
  const csv = source.budgetCsv();
  if (csv) {
    const fast = readLongCsvBytes(csv.bytes, csv.file, { ...opts, scale: BudgetLines.scaleFor(opts.unit) }, problems, fallback);
    if (fast) return { lines: fast.lines, statedTotals: [], projects: fast.projects };
  }
  const raw = csv ? parseCsvBytes(csv.bytes, csv.file) : ((await source.singleTable()) ?? (await source.part('budgets')));
  const file = basename(source.path);
  if (!raw) throw new InputError([findingAt('no-budget', 'error', { file }, { file })]);
  const budget = readBudgetTable(raw, opts, problems, fallback);
  if (!budget) throw new InputError([...problems, findingAt('unknown-layout', 'error', { file: raw.file, sheet: raw.sheet }, { file: raw.file })]);
  return budget;
}
