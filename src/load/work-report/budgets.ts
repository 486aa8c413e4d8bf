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
  const part = new PartTable('budgets.csv', ['사업', '재원별', '합계', ...years.map((y) => `${y}년`)]);
  for (const i of tables) {
    const t = ctx.doc.blocks[i] as DocumentTable;
    const project = ctx.outline.projectOf(i)!;
    const head = budgetYears(t);
    const keys = rowKeys(t, 0);
    const labelCol = Math.max(0, keys.findIndex((k) => (HEADER_WORDS.sourceRows as readonly string[]).includes(k)));
    const totalCol = keys.findIndex((k) => (HEADER_WORDS.total as readonly string[]).includes(k));
    for (let r = head.row + 1; r < t.cells.length; r++) {
      if (labelKey(gridCell(t, r, labelCol)) === '') continue;
      const columns = [labelCol, totalCol, ...years.map((y) => head.years.find((h) => h.year === y)?.column ?? -1)];
      part.add(
        [project.id, ...columns.map((c) => (c < 0 ? '' : gridCell(t, r, c)))],
        [ctx.cell(i, r, labelCol), ...columns.map((c) => (c < 0 ? undefined : ctx.cell(i, r, c)))],
      );
    }
  }
  return part;
}
