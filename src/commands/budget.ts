import type { Command } from 'commander';
import { buildBudgetReport } from '../compute/budget-report.js';
import { budgetJson } from '../render/budget-json.js';
import { budgetSheet, multiYearSheet } from '../render/budget-sheets.js';
import type { CsvEncoding } from '../render/csv.js';
import type { NegativeStyle } from '../render/format.js';
import { choice, EXIT, inputsOf, loadData, UsageError, type GlobalOptions, type Io } from './common.js';
import { askedOrgs, type OrgOptions } from './org-options.js';
import { writeReport } from './sheet-output.js';

export interface OutputOptions {
  format: 'table' | 'csv' | 'json' | 'xlsx';
  output?: string;
  force?: boolean;
  negative: NegativeStyle;
  encoding: CsvEncoding;
  /** CSV of one table only (`projects`, `years`, …): rectangular, as csvkit and csv-parse read it. */
  table?: string;
  /** Every column, whatever the terminal's width. */
  wide?: boolean;
  /** Only these columns (headers as shown, comma-separated). */
  columns?: string;
}

/** `--negative triangle|minus`: how every output writes a negative figure (the report workbook too). */
export function addNegativeOption(cmd: Command): Command {
  return cmd.option('--negative <style>', 'negatives as triangle (△1,234) or minus (-1,234)', choice(['triangle', 'minus'] as const), 'triangle');
}

export function addOutputOptions(cmd: Command): Command {
  return addNegativeOption(
    cmd
      .option('-f, --format <format>', 'table | csv | json | xlsx', choice(['table', 'csv', 'json', 'xlsx'] as const), 'table')
      .option('-o, --output <file>', 'write to FILE instead of stdout (xlsx needs it)')
      .option('--force', 'overwrite an existing output file', false),
  )
    .option('--encoding <encoding>', 'CSV encoding: utf-8 (with BOM) or cp949', choice(['utf-8', 'cp949'] as const), 'utf-8')
    .option('--table <name>', 'with --format csv: only this table, as one rectangular CSV')
    .option('--wide', 'show every column, however wide the terminal', false)
    .option('--columns <list>', 'show only these columns (headers, comma-separated)');
}

/** Picks the report year: the one asked for, else the dataset's own year, else its latest. */
export function reportYear(asked: number | undefined, dataYear: number | undefined, years: number[]): number {
  const year = asked ?? dataYear ?? years[years.length - 1];
  // No year asked and no budget line at all (a budget book whose title states no year): said, not `undefined년`.
  if (year === undefined) throw new UsageError('no-budget-lines', {});
  if (!years.includes(year)) throw new UsageError('year-not-in-data', { year: String(year), years: years.join(', ') });
  return year;
}

export interface BudgetOptions extends OutputOptions, OrgOptions {}

/** `budget [year]`: the year's budget per project (or organisation) and in total, then the multi-year table. */
export async function runBudget(asked: number | undefined, opts: BudgetOptions, global: GlobalOptions, io: Io): Promise<number> {
  const loaded = await loadData(global, io, 'budget');
  const { dataset } = loaded;
  const years = dataset.budget.years();
  const orgs = askedOrgs(opts.org, dataset.budget.orgs.filter((o) => o !== ''));
  const report = buildBudgetReport(dataset, reportYear(asked, dataset.info.year, years), { by: opts.by, ...(orgs ? { orgs } : {}) });
  await writeReport(() => [budgetSheet(report, global.lang), multiYearSheet(report, global.lang)], () => budgetJson(report), opts, global, io, { inputs: inputsOf(loaded), info: dataset.info, year: report.year });
  return EXIT.ok;
}
