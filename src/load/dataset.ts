import { basename, extname } from 'node:path';
import type { Dataset, Project } from '../model/dataset.js';
import type { Finding } from '../model/finding.js';
import { BudgetLines } from '../model/budget-lines.js';
import { readBudget } from './budget-source.js';
import type { Progress } from './long-csv.js';
import { readCalendar } from './calendar.js';
import { readColumnNames } from './column-names.js';
import { withHeaderMap } from '../parse/header-words.js';
import { readComponents } from './components.js';
import { readCrossrefs } from './crossrefs.js';
import { readGrowth } from './growth.js';
import { readHeadlines } from './headlines.js';
import { readInfo } from './info.js';
import { readNotes } from './notes.js';
import { InputError } from '../formats/input-error.js';
import { readPrintedTables } from './printed-tables.js';
import { readProjects } from './projects.js';
import { editedShownCells } from './shown-cells.js';
import { openSource, type TableSource } from './table-source.js';
import { readTargetGroups } from './target-groups.js';
import { readTargets } from './targets.js';
import { readUsage } from './usage.js';

export interface LoadResult {
  dataset: Dataset;
  /** Notes that did not stop the load (values normalised, ...). */
  warnings: Finding[];
  source: TableSource;
}

/**
 * `budget` needs only the budget tables, `achievement` only targets, results and their tables (not a
 * national budget of 440,000 lines); checks and reports need every stated figure.
 */
export type DatasetNeed = 'budget' | 'achievement' | 'all';

/**
 * Loads a dataset from a folder of CSV files, one XLSX workbook, or a single CSV budget table (either
 * layout). Collects every problem of every table; if any is an error, throws one InputError holding them all.
 * `headerMap` (concept word → header, from --header-map) names the budget's columns, over the dataset's 열이름.
 */
export async function loadDataset(path: string, need: DatasetNeed = 'all', onProgress?: Progress, headerMap: ReadonlyMap<string, string> = new Map()): Promise<LoadResult> {
  const source = await openSource(path);
  try {
    return await loadFrom(source, path, need, onProgress, headerMap);
  } catch (e) {
    // A work report's problems are named by its recognised tables' cells: the command names them as the document's.
    if (e instanceof InputError && source.document) e.document ??= source.document;
    throw e;
  }
}

async function loadFrom(source: TableSource, path: string, need: DatasetNeed, onProgress: Progress | undefined, headerMap: ReadonlyMap<string, string>): Promise<LoadResult> {
  const problems: Finding[] = [];
  const info = readInfo(await source.part('info'), problems);
  // The dataset's 열이름, then the command line's --header-map over it, concept by concept.
  const mapping = new Map([...readColumnNames(await source.part('columnNames'), problems), ...headerMap]);
  const opts = { unit: info.unit, conversionRounding: null, sources: info.sources, ...(mapping.size > 0 ? { words: withHeaderMap(mapping) } : {}) };
  const projects = readProjects(await source.part('projects'), problems);

  const fallback: Project = { id: '1', name: basename(path, extname(path)) };
  const budget = need === 'achievement' ? { lines: new BudgetLines(BudgetLines.scaleFor(info.unit), '', undefined, 16, info.sources), statedTotals: [], projects: [] } : await readBudget(source, opts, problems, fallback, onProgress);
  const targets = need !== 'budget';
  // Projects named only in the budget table (a single CSV, or a long layout with 사업명) join the list.
  const known = new Set(projects.map((p) => p.id));
  for (const p of budget.projects) if (!known.has(p.id)) projects.push(p);

  const dataset: Dataset = {
    path,
    info,
    projects,
    budget: budget.lines,
    statedTotals: budget.statedTotals,
    headlines: need === 'all' ? readHeadlines(await source.part('headlines'), opts, problems) : [],
    components: need === 'all' ? readComponents(await source.part('components'), opts, problems) : [],
    tables: targets ? await readPrintedTables(await source.part('tables'), source, problems) : [],
    indicators: targets ? readTargets(await source.part('targets'), problems) : [],
    targetGroups: targets ? readTargetGroups(await source.part('targetGroups'), problems) : [],
    usage: targets ? readUsage(await source.part('usage'), problems) : [],
  };
  if (budget.book) dataset.book = budget.book;
  if (targets) {
    const calendar = readCalendar(await source.part('calendar'), problems);
    if (calendar) dataset.calendar = calendar;
  }
  if (need === 'all') {
    dataset.growth = await readGrowth(source, problems, info.sources);
    dataset.crossrefs = await readCrossrefs(source, info.unit, problems);
    dataset.notes = readNotes(await source.part('notes'), problems);
  }
  problems.push(...(source.warnings?.() ?? []));
  // A report workbook whose visible project sheets were edited after it was written: the edit is not read.
  problems.push(...(await editedShownCells(source)));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new InputError(errors);
  return { dataset, warnings: problems.filter((p) => p.severity === 'warning'), source };
}
