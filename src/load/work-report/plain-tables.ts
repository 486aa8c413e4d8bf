import type { DocumentParagraph, DocumentTable } from '../../model/document.js';
import { asOfLine, isParagraph, unitLine } from './blocks.js';
import type { ReportContext } from './context.js';
import { expandItemLists } from './item-lists.js';
import { namedTotalRules } from './named-totals.js';
import { PartTable } from './part-table.js';

/** A sheet name can hold 31 characters and none of these. */
const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * Every table no recogniser claimed, kept cell for cell as a printed table (tables/table-N.csv, listed in
 * tables.csv with its title, the `(단위 : …)` and `(기준일 : …)` lines above it and its project): the checks
 * find its 합계/계/소계 rows and columns themselves (check/table-totals.ts); item lists in cells and a header's
 * own identity become rules (item-lists.ts), and so does a total row named by what it adds up (named-totals.ts).
 */
export function recognisePlainTables(ctx: ReportContext, claimed: ReadonlySet<number>): { manifest: PartTable; tables: PartTable[] } {
  const manifest = new PartTable('tables.csv', ['파일', '제목', '단위', '기준', '규칙', '사업']);
  const tables: PartTable[] = [];
  ctx.doc.blocks.forEach((b, i) => {
    if (b.kind !== 'table' || claimed.has(i)) return;
    const t = b as DocumentTable;
    const name = `tables/table-${t.number}.csv`;
    const width = t.cells.reduce((w, r) => Math.max(w, r.length), 0);
    const { rows, rules: listed } = expandItemLists(t.cells);
    const rules = [...listed, ...namedTotalRules(rows.map((r) => r.cells))];
    const part = new PartTable(name, t.cells[0] ?? []);
    part.rows[0]!.spots = (t.cells[0] ?? []).map((_, c) => ctx.cell(i, 0, c));
    for (const row of rows.slice(1)) part.add(row.cells, Array.from({ length: width }, (_, c) => ctx.cell(i, row.from, c)));
    tables.push(part);
    const caption = ctx.caption(i);
    // `취업지원 프로그램 운영 실적(2021.9월 기준)`: the basis in a heading's parenthesis is the table's 기준.
    const basis = /^(.*?)\s*\(([^()]*?)\s*기준\)$/.exec(caption.heading ?? '');
    const title = `표 ${t.number} ${basis ? basis[1] : (caption.heading ?? '')}`.replace(SHEET_FORBIDDEN, ' ').trim().slice(0, 31);
    const { unit, asOf } = linesAbove(ctx, i);
    manifest.add([name, title, unit ?? '', asOf ?? basis?.[2] ?? '', rules.join(';'), caption.project?.id ?? '']);
  });
  return { manifest, tables };
}

/** The unit and basis lines printed between the table and the text before it. */
export function linesAbove(ctx: ReportContext, index: number): { unit?: string; asOf?: string } {
  const out: { unit?: string; asOf?: string } = {};
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const b = ctx.doc.blocks[i]!;
    if (!isParagraph(b)) break;
    const unit = unitLine(b);
    const asOf = asOfLine(b);
    if (unit !== undefined && out.unit === undefined) out.unit = unit;
    if (asOf !== undefined && out.asOf === undefined) out.asOf = asOf;
  }
  return out;
}

/**
 * The line of text right above the table at block `index`, over its `(단위 : …)` and basis lines
 * (`- 인력구성 : 64명`, `□ 조 직 : 3팀`), and the unit line's unit if there is one; undefined when the table
 * follows another table.
 */
export function statementAbove(ctx: ReportContext, index: number): { paragraph: DocumentParagraph; unit?: string } | undefined {
  let unit: string | undefined;
  for (let k = index - 1; k >= 0; k--) {
    const b = ctx.doc.blocks[k];
    if (!isParagraph(b)) return undefined;
    const u = unitLine(b);
    if (u !== undefined) unit ??= u;
    else if (asOfLine(b) === undefined) return unit === undefined ? { paragraph: b } : { paragraph: b, unit };
  }
  return undefined;
}
