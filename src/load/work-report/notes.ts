import { isParagraph, isTable, paragraphSpot, plainText } from './blocks.js';
import type { ReportContext } from './context.js';
import { PartTable } from './part-table.js';

/**
 * The printed `※` notes outside the tables (notes.csv: `사업,위치,내용`), each with where it is printed: right
 * under a table, that table's file in the dataset (`budgets.csv`, `tables/table-8.csv`); else the heading it
 * sits under. A note inside a table cell stays in its table.
 */
export function recogniseNotes(ctx: ReportContext): PartTable | undefined {
  const part = new PartTable('notes.csv', ['사업', '위치', '내용']);
  ctx.doc.blocks.forEach((b, i) => {
    if (!isParagraph(b) || !plainText(b).startsWith('※')) return;
    const above = ctx.doc.blocks[i - 1];
    const place = isTable(above) ? (ctx.outline.budgetTables.includes(above) ? 'budgets.csv' : `tables/table-${above.number}.csv`) : (ctx.outline.headingOf(i)?.title ?? '');
    // A note under a table is the table's, and so is its project (the one under a budget table closes that project).
    const project = ctx.outline.projectOf(isTable(above) ? i - 1 : i)?.id ?? '';
    part.add([project, place, plainText(b)], [undefined, undefined, paragraphSpot(b)]);
  });
  return part.body > 0 ? part : undefined;
}
