import type { WorkDocument } from '../../model/document.js';
import type { PartName } from '../dataset-parts.js';
import { recogniseBudgets } from './budgets.js';
import { recogniseComponents } from './components.js';
import { ReportContext } from './context.js';
import { headlineYear, recogniseHeadlines } from './headlines.js';
import { outline } from './outline.js';
import { PartTable } from './part-table.js';
import { recognisePlainTables, linesAbove } from './plain-tables.js';
import { cellsOnOneLine, isParagraph, headingOf } from './blocks.js';
import { recogniseAchievement } from './achievement.js';
import { recogniseTextSums } from './text-sums.js';
import { recogniseListedCounts } from './listed-counts.js';
import { recogniseCrossrefs } from './crossrefs.js';
import { recogniseNotes } from './notes.js';

/** What was recognised in a work report: the dataset's tables, as a folder would hold them. */
export interface RecognisedReport {
  parts: Map<PartName, PartTable>;
  /** The printed tables (tables/table-N.csv) the manifest lists. */
  tables: PartTable[];
  /**
   * Whether anything of a work report was found: a project list or a budget table. (A headline alone is not
   * enough: it is read only inside a project, and the projects come from the list and the budget tables.)
   */
  recognised: boolean;
}

/**
 * Reads the department's work report as the dataset it states: projects, budgets, headlines, components,
 * targets and results, group targets, monthly usage, printed notes, sums and counts the text states, and
 * every other table as a printed table.
 */
export function recogniseReport(document: WorkDocument): RecognisedReport {
  const doc = cellsOnOneLine(document);
  const ctx = new ReportContext(doc, outline(doc));
  const parts = new Map<PartName, PartTable>();
  const claimed = new Set<number>();
  const budgets = recogniseBudgets(ctx);
  if (budgets) parts.set('budgets', budgets);
  doc.blocks.forEach((b, i) => {
    if (b === ctx.outline.list || (b.kind === 'table' && ctx.outline.budgetTables.includes(b))) claimed.add(i);
  });
  const headlines = recogniseHeadlines(ctx);
  const year = headlineYear(headlines) ?? '';
  parts.set('info', info(ctx, year, budgets));
  parts.set('projects', projects(ctx));
  parts.set('headlines', headlines);
  parts.set('components', recogniseComponents(ctx, year));
  for (const [name, part] of recogniseAchievement(ctx, year, claimed)) parts.set(name, part);
  const notes = recogniseNotes(ctx);
  if (notes) parts.set('notes', notes);
  const { manifest, tables } = recognisePlainTables(ctx, claimed);
  for (const stated of [recogniseTextSums(ctx), recogniseListedCounts(ctx)]) {
    if (!stated) continue;
    manifest.add(stated.manifest);
    tables.push(stated.table);
  }
  parts.set('tables', manifest);
  const [crossrefs, statements] = recogniseCrossrefs(ctx, parts, tables);
  if (crossrefs && statements) {
    parts.set('crossrefs', crossrefs);
    parts.set('statements', statements);
  }
  const recognised = ctx.outline.list !== undefined || budgets !== undefined;
  return { parts, tables, recognised };
}

function projects(ctx: ReportContext): PartTable {
  const part = new PartTable('projects.csv', ['번호', '사업명', '구분', '쪽']);
  const index = ctx.doc.blocks.findIndex((b) => b === ctx.outline.list);
  for (const p of ctx.outline.projects) part.add([p.id, p.name, p.kind, p.page], [0, 1, 2, 3].map((c) => ctx.cell(index, p.row, c)));
  return part;
}

/** 부서 (the report's first heading line), 연도 (the headlines' year), 단위 (the budget tables' unit line). */
function info(ctx: ReportContext, year: string, budgets: PartTable | undefined): PartTable {
  const part = new PartTable('info.csv', ['항목', '값']);
  const first = ctx.doc.blocks.find(isParagraph);
  const title = first ? headingOf(first)?.title : undefined;
  if (title) part.add(['부서', title]);
  if (year !== '') part.add(['연도', year]);
  const budgetIndex = budgets ? ctx.doc.blocks.findIndex((b) => b === ctx.outline.budgetTables[0]) : -1;
  const unit = budgetIndex >= 0 ? linesAbove(ctx, budgetIndex).unit : undefined;
  if (unit) part.add(['단위', unit]);
  part.add(['출처', ctx.doc.file]);
  return part;
}
