import type { DocumentTable } from '../../model/document.js';
import { labelKey } from '../../parse/normalize.js';
import { gridCell, isTable, rowKeys } from './blocks.js';
import type { ReportContext } from './context.js';
import { budgetYears } from './outline.js';
import { PartTable } from './part-table.js';
import { HEADER_WORDS } from '../../parse/header-words.js';

/**
 * Every project's 연차별 소요자원 table, stacked as budgets.csv holds them in the printed layout (`사업,재원별,
 * 합계,2021년,…`): labels and figures as printed (`구 비`, a blank cell stays blank), one column per year of
 * any table. Which rows are totals and which sources is the budget reader's business, as for a folder.
 */
export function recogniseBudgets(ctx: ReportContext): PartTable | undefined {
  const tables = ctx.doc.blocks.flatMap((b, i) => (isTable(b) && ctx.outline.budgetTables.includes(b) ? [i] : []));
  if (tables.length === 0) return undefined;
  const years = [...new Set(tables.flatMap((i) => budgetYears(ctx.doc.blocks[i] as DocumentTable).years.map((y) => y.year)))].sort((a, b) => a - b);
  const layouts = tables.map((i) => layout(ctx.doc.blocks[i] as DocumentTable));
  // A figure in a column headed by no year (a row longer than its header) is kept under a blank heading, so
  // that the budget reader says so as it does for a folder's budgets.csv, rather than the figure being lost.
  const stray = Math.max(...layouts.map((l) => l.stray.length));
  const part = new PartTable('budgets.csv', ['사업', '재원별', '합계', ...years.map((y) => `${y}년`), ...new Array<string>(stray).fill('')]);
  const headed = new Array<boolean>(stray).fill(false);
  tables.forEach((i, n) => {
    const t = ctx.doc.blocks[i] as DocumentTable;
    const project = ctx.outline.projectOf(i)!;
    const { head, labelCol, totalCol, stray: strayCols } = layouts[n]!;
    strayCols.forEach((c, k) => {
      if (headed[k]) return;
      headed[k] = true;
      part.rows[0]!.spots[3 + years.length + k] = ctx.cell(i, head.row, c);
    });
    for (let r = head.row + 1; r < t.cells.length; r++) {
      if (labelKey(gridCell(t, r, labelCol)) === '') continue;
      const columns = [labelCol, totalCol, ...years.map((y) => head.years.find((h) => h.year === y)?.column ?? -1), ...Array.from({ length: stray }, (_, k) => strayCols[k] ?? -1)];
      part.add(
        [project.id, ...columns.map((c) => (c < 0 ? '' : gridCell(t, r, c)))],
        [ctx.cell(i, r, labelCol), ...columns.map((c) => (c < 0 ? undefined : ctx.cell(i, r, c)))],
      );
    }
  });
  return part;
}

/** A budget table's header row and years, its label and 합계 columns, and the columns right of the label that no year heads but some row fills. */
function layout(t: DocumentTable) {
  const head = budgetYears(t);
  const keys = rowKeys(t, 0);
  const labelCol = Math.max(0, keys.findIndex((k) => (HEADER_WORDS.sourceRows as readonly string[]).includes(k)));
  const totalCol = keys.findIndex((k) => (HEADER_WORDS.total as readonly string[]).includes(k));
  const read = new Set([labelCol, totalCol, ...head.years.map((y) => y.column)]);
  const width = t.cells.reduce((w, r) => Math.max(w, r.length), 0);
  const body = t.cells.slice(head.row + 1).filter((_, k) => labelKey(gridCell(t, head.row + 1 + k, labelCol)) !== '');
  const stray = Array.from({ length: width }, (_, c) => c).filter((c) => c > labelCol && !read.has(c) && body.some((r) => (r[c] ?? '').trim() !== ''));
  return { head, labelCol, totalCol, stray };
}
