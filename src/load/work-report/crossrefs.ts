import type { DocumentParagraph } from '../../model/document.js';
import { cellAddress } from '../../model/provenance.js';
import { labelKey } from '../../parse/normalize.js';
import { isBareFigure } from '../../parse/number.js';
import { HEADER_WORDS } from '../../parse/header-words.js';
import { isNamedTotal, isSourceTotal, isTotalLabel } from '../../parse/total-labels.js';
import { parseYearLabel } from '../../parse/year.js';
import { isParagraph, paragraphSpot, plainText } from './blocks.js';
import { statementAbove } from './plain-tables.js';
import type { ReportContext } from './context.js';
import { PartTable } from './part-table.js';

/** A group table's year heading: `2022년 일자리창출`. */
const YEAR_HEADING = /^(\d{4})\s*년\s*(.+)$/;
/** A target stated in a list item: `- 2022년 일자리센터 연계 취업자 수 목표 : 2,400명`. */
const TARGET_ITEM = /^-\s*(\d{4})\s*년\s*(.+?)\s*목표\s*:\s*(\d[\d,]*)\s*\D*$/;
/**
 * A count stated over the table that follows it: `- 인력구성 : 64명`, `- 공공업무 대행사업 : 59명 채용`,
 * `□ 인 력 : 정원 12명 [현원 12명]` (label, 정원, figure, unit, 현원, a closing word).
 */
const STATED_COUNT = /^(?:[-□○]\s*)?([^:]+?)\s*:\s*(정원\s*)?(\d[\d,]*)\s*([가-힣]{1,2})(?:\s*\[\s*현원\s*(\d[\d,]*)\s*\4\s*\])?(?:\s+[가-힣]+)?$/;
/** A 정원(현원) pair as a table cell writes it: `12(12)`. */
const PAIR_CELL = /^\d[\d,]*\s*\(\s*\d[\d,]*\s*\)$/;
/** A daily average stated in the text: `- 이용인원 : 일평균 86명`. */
const DAILY_AVERAGE = /^-\s*(.+?)\s*:\s*일\s*평균\s*(\d[\d,]*)\s*\D*$/;

/**
 * Figures the document states twice under one name (crossrefs.csv), the text's side kept in statements.csv:
 * - the 합계 of a group-target column headed `2022년 일자리창출` and the indicator 일자리창출's 2022 목표;
 * - a list item's `N년 … 취업자 … 목표 : V` and the 목표 of the one indicator its words name (취업자), year N;
 * - a `… : 일평균 N명` line and the 계 row's daily average of the usage table under the same heading;
 * - a project's table stating its 예산 of a year and the 계 of its budget table for that year, and the
 *   headline that says its amount is that year's (`□ 2022년 소요예산 : 1,394,403천원 (2021년 수준)`);
 * - a line stating a count right above a table (`- 인력구성 : 64명`, only unit and basis lines between) and
 *   that table's total (its 전 체/합 계 column's figure, or its total row's first figure), in the same unit.
 * Only what the names tie together is compared; a figure is never compared with itself.
 */
export function recogniseCrossrefs(ctx: ReportContext, parts: ReadonlyMap<string, PartTable>, tables: readonly PartTable[]): PartTable[] {
  const crossrefs = new PartTable('crossrefs.csv', ['사업', '항목', '위치', '비교위치', '비고']);
  const statements = new PartTable('statements.csv', ['항목', '값', '원문']);
  const groups = parts.get('targetGroups');
  const targets = parts.get('targets');
  const usage = parts.get('usage');
  const targetRow = (name: (n: string) => boolean, year: string) => targets?.rows.findIndex((r, i) => i > 0 && name(labelKey(r.cells[1] ?? '')) && r.cells[3] === year && (r.cells[4] ?? '') !== '') ?? -1;
  if (groups && targets) {
    const totalRow = groups.rows.findIndex((r, i) => i > 0 && isTotalLabel(r.cells[0] ?? ''));
    groups.rows[0]!.cells.forEach((heading, c) => {
      const m = YEAR_HEADING.exec(heading.trim());
      const target = m && totalRow > 0 ? targetRow((n) => n === labelKey(m[2]!), m[1]!) : -1;
      if (target > 0) crossrefs.add(['', `${m![1]}년 ${m![2]!.trim()} 목표 (대상별 합계)`, `${groups.name}!${cellAddress(totalRow + 1, c + 1)}`, `${targets!.name}!${cellAddress(target + 1, 5)}`, '']);
    });
  }
  const state = (p: DocumentParagraph, label: string, value: string): string => {
    statements.add([label, value, plainText(p).replace(/^-\s*/, '')], [undefined, paragraphSpot(p)]);
    return `${statements.name}!B${statements.body + 1}`;
  };
  ctx.doc.blocks.forEach((b, i) => {
    if (!isParagraph(b)) return;
    const project = ctx.outline.projectOf(i)?.id ?? '';
    const text = plainText(b);
    const item = targets ? TARGET_ITEM.exec(text) : null;
    if (item) {
      const words = labelKey(item[2]!);
      const names = [...new Set(targets!.rows.slice(1).map((r) => labelKey(r.cells[1] ?? '')))].filter((n) => n !== '' && words.includes(n));
      const target = names.length === 1 ? targetRow((n) => n === names[0], item[1]!) : -1;
      if (target > 0) crossrefs.add([project, `${item[1]}년 ${item[2]} 목표`, state(b, `${item[1]}년 ${item[2]} 목표`, item[3]!), `${targets!.name}!${cellAddress(target + 1, 5)}`, '']);
    }
    const daily = usage ? DAILY_AVERAGE.exec(text) : null;
    if (daily) {
      const heading = ctx.outline.headingOf(i)?.title;
      const row = usage!.rows.findIndex((r, k) => k > 0 && isTotalLabel(r.cells[1] ?? '') && usageHeading(ctx, usage!, k) === heading && (r.cells[4] ?? '') === project);
      if (heading && row > 0) crossrefs.add([project, `${usage!.rows[row]!.cells[0]} 일평균`, state(b, `${daily[1]} 일평균`, daily[2]!), `${usage!.name}!${cellAddress(row + 1, 4)}`, '']);
    }
  });
  const budgets = parts.get('budgets');
  if (budgets) for (const t of tables) yearBudget(t, budgets, parts.get('headlines'), crossrefs);
  statedOverTables(ctx, tables, crossrefs, state);
  return crossrefs.body > 0 ? [crossrefs, statements] : [];
}

/**
 * A project's table that states its 예산 for a year (`구 분 | 2021년` over `인원 | 사업수 | 예산`, a 계 row) and
 * the project's budget table's 계 for that year: the same year's budget, printed twice (as budget and as what
 * was spent, the two may rightly differ: a warning says so).
 */
function yearBudget(table: PartTable, budgets: PartTable, headlines: PartTable | undefined, out: PartTable): void {
  const project = table.rows[0]?.spots.find((s) => s?.table?.project)?.table?.project?.id;
  const [head, sub] = [table.rows[0]?.cells ?? [], table.rows[1]?.cells ?? []];
  const total = table.rows.findIndex((r, i) => i > 1 && isTotalLabel(r.cells[0] ?? ''));
  if (!project || total < 0) return;
  head.forEach((h, c0) => {
    const year = parseYearLabel(h);
    if (year === undefined) return;
    // The year heads the columns under it up to the next heading of the row.
    let end = c0 + 1;
    while (end < head.length && (head[end] ?? '').trim() === '') end++;
    const c = sub.findIndex((x, k) => k >= c0 && k < end && (HEADER_WORDS.amount as readonly string[]).includes(labelKey(x)));
    const yearCol = budgets.rows[0]!.cells.findIndex((x) => parseYearLabel(x) === year);
    const row = budgets.rows.findIndex((r, i) => i > 0 && r.cells[0] === project && isSourceTotal(r.cells[1] ?? ''));
    if (c < 0 || yearCol < 0 || row < 0) return;
    const cell = `${table.name}!${cellAddress(total + 1, c + 1)}`;
    out.add([project, `${year}년 예산 (연차별 표 ${year}년 계)`, `${budgets.name}!${cellAddress(row + 1, yearCol + 1)}`, cell, '예산과 실적일 수 있음']);
    // `(2021년 수준)` after the headline's amount: the amount is that year's, as this table states it.
    const level = headlines?.rows.findIndex((r, i) => i > 0 && r.cells[0] === project && new RegExp(`^\\(\\s*${year}\\s*년\\s*수준\\s*\\)$`).test((r.cells[3] ?? '').trim())) ?? -1;
    if (level > 0) out.add([project, `${headlines!.rows[level]!.cells[1]}년 소요예산 「${year}년 수준」`, `${headlines!.name}!${cellAddress(level + 1, 3)}`, cell, `제목의 (${year}년 수준)`]);
  });
}

/**
 * A count stated right above a printed table and the table's total: the first column or header cell headed by
 * a total word (its figure in the first row under the header) or a total row's first figure. Compared only
 * when the table's unit line, if any, is the statement's unit and both are pairs (`12(12)`) or neither is.
 */
function statedOverTables(ctx: ReportContext, tables: readonly PartTable[], out: PartTable, state: (p: DocumentParagraph, label: string, value: string) => string): void {
  const byName = new Map(tables.map((t) => [t.name, t]));
  ctx.doc.blocks.forEach((b, i) => {
    const table = b.kind === 'table' ? byName.get(`tables/table-${b.number}.csv`) : undefined;
    if (!table) return;
    const above = statementAbove(ctx, i);
    const m = above ? STATED_COUNT.exec(plainText(above.paragraph)) : null;
    if (!m || /소요\s*예산/.test(m[1]!) || (above!.unit !== undefined && above!.unit !== m[4])) return;
    const pair = m[5] !== undefined;
    if (pair !== (m[2] !== undefined)) return;
    const total = tableTotal(table);
    if (!total || PAIR_CELL.test(table.rows[total.r]!.cells[total.c]!.trim()) !== pair) return;
    const value = pair ? `${m[3]}(${m[5]})` : m[3]!;
    const label = `${m[1]!.trim()}${pair ? ' 정원(현원)' : ''}`;
    const project = ctx.outline.projectOf(i)?.id ?? '';
    out.add([project, `${label} (본문과 표 ${b.kind === 'table' ? b.number : ''})`, state(above!.paragraph, label, value), `${table.name}!${cellAddress(total.r + 1, total.c + 1)}`, '']);
  });
}

/** The cell (0-based in the part's rows) of a printed table's grand total, or undefined. */
function tableTotal(table: PartTable): { r: number; c: number } | undefined {
  const rows = table.rows.map((r) => r.cells);
  const figure = (t: string | undefined) => isBareFigure((t ?? '').trim()) || PAIR_CELL.test((t ?? '').trim());
  const header = rows.findIndex((r) => r.some(figure));
  if (header < 0) return undefined;
  for (let r = 0; r < header; r++) {
    const c = rows[r]!.findIndex((h) => isTotalLabel(h));
    if (c >= 0) return figure(rows[header]![c]) ? { r: header, c } : undefined;
  }
  for (let r = header; r < rows.length; r++) {
    if (!isTotalLabel(rows[r]![0] ?? '') && !isNamedTotal(rows[r]![0] ?? '')) continue;
    const c = rows[r]!.findIndex((x, k) => k > 0 && figure(x));
    return c > 0 ? { r, c } : undefined;
  }
  return undefined;
}

/** The heading the usage table of row `k` sits under. */
function usageHeading(ctx: ReportContext, usage: PartTable, k: number): string | undefined {
  const number = usage.rows[k]!.spots[2]?.table?.number;
  const index = ctx.doc.blocks.findIndex((b) => b.kind === 'table' && b.number === number);
  return index < 0 ? undefined : ctx.outline.headingOf(index)?.title;
}
