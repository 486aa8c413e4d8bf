import { cellAddress, columnLetter } from '../../model/provenance.js';
import { isNamedTotal, isTotalLabel } from '../../parse/total-labels.js';
import { paragraphSpot, plainText } from './blocks.js';
import type { ReportContext } from './context.js';
import { PartTable } from './part-table.js';
import { statementAbove } from './plain-tables.js';

/** A count with its counting word, stated alone: `□ 조 직 : 3팀`. */
const STATED_COUNT = /^(?:[-□○]\s*)?([^:]+?)\s*:\s*(\d[\d,]*)\s*([가-힣]{1,2})$/;

/**
 * Counts stated against the items a table lists (적힌 수와 나열된 항목): `□ 조 직 : 3팀` right above a table
 * whose rows are each named by that word (일자리기획팀, 공공일자리팀, 취업정보팀), a row of
 * tables/listed-counts.csv with the rule 수 = COUNTA(items). Only a table with no total row or column: a
 * total is compared with the count instead (crossrefs.ts).
 */
export function recogniseListedCounts(ctx: ReportContext): { manifest: string[]; table: PartTable } | undefined {
  const found: { label: string; count: string; items: string[]; text: string; index: number }[] = [];
  ctx.doc.blocks.forEach((b, i) => {
    if (b.kind !== 'table') return;
    const above = statementAbove(ctx, i);
    const m = above ? STATED_COUNT.exec(plainText(above.paragraph)) : null;
    const body = b.cells.slice(1);
    const labels = body.map((r) => (r[0] ?? '').trim());
    const totals = b.cells.some((r) => isTotalLabel(r[0] ?? '') || isNamedTotal(r[0] ?? '')) || (b.cells[0] ?? []).some(isTotalLabel);
    if (!m || totals || labels.length === 0 || !labels.every((l) => l.length > m[3]!.length && l.endsWith(m[3]!))) return;
    found.push({ label: `${m[1]!.trim()} (표 ${b.number})`, count: m[2]!, items: labels, text: plainText(above!.paragraph), index: i });
  });
  if (found.length === 0) return undefined;
  const width = Math.max(...found.map((f) => f.items.length));
  const table = new PartTable('tables/listed-counts.csv', ['구분', '수', ...Array.from({ length: width }, (_, k) => `항목${k + 1}`), '원문']);
  const rules: string[] = [];
  for (const f of found) {
    const row = table.body + 2;
    const above = statementAbove(ctx, f.index)!;
    const cells = [f.label, f.count, ...Array.from({ length: width }, (_, k) => f.items[k] ?? ''), f.text];
    table.add(cells, [undefined, paragraphSpot(above.paragraph), ...f.items.map((_, k) => ctx.cell(f.index, k + 1, 0))]);
    rules.push(`${cellAddress(row, 2)}=COUNTA(C${row}:${columnLetter(2 + width)}${row})`);
  }
  return { manifest: [table.name, '적힌 수와 나열된 항목', '', '', rules.join(';'), ''], table };
}
