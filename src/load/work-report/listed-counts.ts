import { isNamedTotal, isTotalLabel } from '../../parse/total-labels.js';
import { paragraphSpot, plainText } from './blocks.js';
import type { ReportContext } from './context.js';
import type { PartTable } from './part-table.js';
import { statementAbove } from './plain-tables.js';
import { statedTable, type StatedRow } from './stated-rows.js';

/** A count with its counting word, stated alone: `□ 조 직 : 3팀`. */
const STATED_COUNT = /^(?:[-□○]\s*)?([^:]+?)\s*:\s*(\d[\d,]*)\s*([가-힣]{1,2})$/;

/**
 * Counts stated against the items a table lists (적힌 수와 나열된 항목): `□ 조 직 : 3팀` right above a table
 * whose rows are each named by that word (일자리기획팀, 공공일자리팀, 취업정보팀), a row of
 * tables/listed-counts.csv with the rule 수 = COUNTA(items). Only a table with no total row or column: a
 * total is compared with the count instead (crossrefs.ts).
 */
export function recogniseListedCounts(ctx: ReportContext): { manifest: string[]; table: PartTable } | undefined {
  const found: StatedRow[] = [];
  ctx.doc.blocks.forEach((b, i) => {
    if (b.kind !== 'table') return;
    const above = statementAbove(ctx, i);
    const m = above ? STATED_COUNT.exec(plainText(above.paragraph)) : null;
    const labels = b.cells.slice(1).map((r) => (r[0] ?? '').trim());
    const totals = b.cells.some((r) => isTotalLabel(r[0] ?? '') || isNamedTotal(r[0] ?? '')) || (b.cells[0] ?? []).some(isTotalLabel);
    if (!m || totals || labels.length === 0 || !labels.every((l) => l.length > m[3]!.length && l.endsWith(m[3]!))) return;
    const partSpots = labels.map((_, k) => ctx.cell(i, k + 1, 0));
    found.push({ label: `${m[1]!.trim()} (표 ${b.number})`, total: m[2]!, parts: labels, text: plainText(above!.paragraph), spot: paragraphSpot(above!.paragraph), partSpots });
  });
  return statedTable('tables/listed-counts.csv', '적힌 수와 나열된 항목', { total: '수', part: '항목', rule: 'COUNTA' }, found);
}
