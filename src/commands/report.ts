import type { Command } from 'commander';
import { keepOrgs } from '../check/org-filter.js';
import { runChecks } from '../check/registry.js';
import { buildBudgetReport } from '../compute/budget-report.js';
import { budgetTables } from '../compute/budget-tables.js';
import type { LoadResult } from '../load/dataset.js';
import type { RawTable } from '../formats/raw-table.js';
import { PARTS, type PartName } from '../load/dataset-parts.js';
import type { DataPart } from '../render/report/data-sheets.js';
import { printedBook } from '../render/printed-book.js';
import { reportBook } from '../render/report/report-book.js';
import { reportYear } from './budget.js';
import { emit, EXIT, inputsOf, loadData, type GlobalOptions, type Io } from './common.js';
import { checkContext } from './validate.js';
import type { ReportOptions } from './options.js';
import { askedOrgs } from './org-options.js';

/** `report [year] -o FILE.xlsx`: the annual work-report workbook, laid out like the department's tables. */
export async function runReport(asked: number | undefined, opts: ReportOptions, global: GlobalOptions, io: Io): Promise<number> {
  const loaded = await loadData(global, io, 'all');
  const { dataset } = loaded;
  const years = dataset.budget.years();
  const known = dataset.budget.orgs.filter((o) => o !== '');
  const orgs = askedOrgs(opts.org, known);
  const year = reportYear(asked, dataset.info.year, years);
  const report = buildBudgetReport(dataset, year, { by: opts.by, ...(orgs ? { orgs } : {}) });
  // The 검증 sheet, like validate --org: the organisations asked for, and what concerns them all.
  const all = runChecks(dataset, await checkContext(dataset));
  const checks = orgs ? keepOrgs(all, orgs) : all;
  // Several organisations: the budget by project across them, and by organisation and project.
  const tables = known.length > 1 ? budgetTables(dataset, year, orgs) : undefined;
  const sheets = reportBook(dataset, report, checks, await dataParts(loaded), { lang: global.lang, negative: opts.negative }, tables);
  const { renderReportXlsx } = await import('../render/report-xlsx.js');
  await emit(await renderReportXlsx(sheets, printedBook(dataset.info, year, global.lang, opts.negative)), opts.output, !!opts.force, io, global, inputsOf(loaded));
  return EXIT.ok;
}

/** Budgets longer than this are left out of the hidden data sheets (see dataParts). */
const MAX_DATA_LINES = 50_000;

/**
 * The dataset's parts as they were read, for the workbook's hidden data sheets: each named part, the
 * printed tables under their titles (where the manifest finds them in a workbook), and for a lone budget
 * CSV its table as 소요예산 with the project list.
 */
async function dataParts({ dataset, source }: LoadResult): Promise<DataPart[]> {
  const parts: DataPart[] = [];
  for (const name of Object.keys(PARTS) as PartName[]) {
    // A national budget (hundreds of thousands of lines) is not copied into the workbook: it stays in its
    // CSV, and the workbook is a report of it, not a second copy.
    if (name === 'budgets' && dataset.budget.length > MAX_DATA_LINES) continue;
    const raw = name === 'budgets' ? ((await source.singleTable()) ?? (await source.part(name))) : await source.part(name);
    if (raw) parts.push({ sheet: PARTS[name].sheet, rows: gridOf(raw) });
  }
  if (!parts.some((p) => p.sheet === PARTS.projects.sheet)) {
    parts.push({ sheet: PARTS.projects.sheet, rows: [['번호', '사업명'], ...dataset.projects.map((p) => [p.id, p.name])] });
  }
  for (const table of dataset.tables) parts.push({ sheet: table.title, rows: table.rows });
  return parts;
}

/** Rows at their row numbers (blank rows kept), so that addresses read back as they were. */
function gridOf(table: RawTable): string[][] {
  const rows: string[][] = [];
  for (const r of table.rows) rows[r.row - 1] = r.cells;
  return Array.from(rows, (r) => r ?? []);
}
