import type { DocumentParagraph, DocumentTable } from '../../model/document.js';
import { labelKey } from '../../parse/normalize.js';
import { isTotalLabel } from '../../parse/total-labels.js';
import { parseYearLabel } from '../../parse/year.js';
import type { PartName } from '../dataset-parts.js';
import { gridCell, isParagraph, paragraphSpot, plainText, rowKeys } from './blocks.js';
import type { ReportContext } from './context.js';
import { PartTable, type DocumentSpot } from './part-table.js';

/** `○ 2022년 일자리창출 목표 : 10,900개 (22개 부서 / 100개 사업)`: year, indicator, figure, unit, note. */
const TARGET_LINE = /^○\s*(\d{4})\s*년\s*(.+?)\s*목표\s*:\s*(\d[\d,]*)\s*([^\d\s(]*)\s*(?:\((.*)\))?\s*$/;
/** A figure followed by a note printed in its cell: `11,521 ※2021년 말 예상치`. */
const WITH_NOTE = /^(.*?)\s*※\s*(.+)$/;
/** A count with its unit word in the cell: `5,800명`, `1,900건`. */
const COUNT_UNIT = /^(\d[\d,]*)\s*(\D*)$/;
/** A results row's label: `2021년 (9월말 기준)`. */
const RESULT_ROW = /^(\d{4})\s*년\s*(?:\((.*)\))?$/;
/** A month heading: `1월` … `12월`. */
const MONTH = /^(\d{1,2})월$/;

interface TargetRow {
  name: string;
  unit: string;
  year: number;
  cells: Partial<Record<'목표' | '실적' | '달성률' | '기준' | '비고', { text: string; spot?: DocumentSpot }>>;
}

/**
 * Targets and results (targets.csv), group targets with their 합계 (target-groups.csv) and monthly usage
 * (usage.csv). Claims the tables it reads, so they are not kept a second time as plain tables.
 */
export function recogniseAchievement(ctx: ReportContext, year: string, claimed: Set<number>): Map<PartName, PartTable> {
  const out = new Map<PartName, PartTable>();
  const rows: TargetRow[] = [];
  const groups = new PartTable('target-groups.csv', []);
  const usage = new PartTable('usage.csv', ['시설', '연월', '이용자수', '일평균', '사업']);
  ctx.doc.blocks.forEach((b, i) => {
    if (isParagraph(b)) return void targetLine(b, rows);
    if (claimed.has(i)) return;
    const t = b as DocumentTable;
    if (rateTable(ctx, i, t, rows) || countTable(ctx, i, t, year, rows) || groupTable(ctx, i, t, groups) || usageTable(ctx, i, t, usage)) claimed.add(i);
  });
  if (rows.length > 0) out.set('targets', targetsPart(rows));
  if (groups.body > 0) out.set('targetGroups', groups);
  if (usage.body > 0) out.set('usage', usage);
  return out;
}

function targetLine(p: DocumentParagraph, rows: TargetRow[]): void {
  const m = TARGET_LINE.exec(plainText(p));
  if (!m) return;
  const row = rowFor(rows, m[2]!, Number(m[1]));
  row.unit ||= m[4] ?? '';
  row.cells.목표 = { text: m[3]!, spot: paragraphSpot(p) };
  if (m[5]) row.cells.비고 = { text: m[5] };
}

/** 목표 | 실적 | 달성률 rows over year columns: the indicator is the one a `○ N년 … 목표` line names. */
function rateTable(ctx: ReportContext, i: number, t: DocumentTable, rows: TargetRow[]): boolean {
  const labels = t.cells.map((r) => labelKey(r[0] ?? ''));
  const at = (word: string) => labels.indexOf(word);
  if (at('목표') < 0 || at('실적') < 0) return false;
  const years = (t.cells[0] ?? []).flatMap((c, column) => (parseYearLabel(c) !== undefined ? [{ year: parseYearLabel(c)!, column }] : []));
  if (years.length === 0) return false;
  const noteCol = rowKeys(t, 0).indexOf('비고');
  const named = rows[0];
  const name = named?.name ?? ctx.caption(i).heading ?? '';
  for (const y of years) {
    const row = rowFor(rows, name, y.year);
    if (named) row.unit ||= named.unit;
    for (const word of ['목표', '실적', '달성률'] as const) {
      const r = at(word);
      if (r < 0) continue;
      const text = gridCell(t, r, y.column);
      const note = WITH_NOTE.exec(text);
      row.cells[word] = { text: note ? note[1]! : text, spot: ctx.cell(i, r, y.column) };
      if (note) row.cells.기준 = { text: note[2]! };
    }
  }
  // A remark in the 비고 column speaks of the latest year printed.
  const last = rowFor(rows, name, years[years.length - 1]!.year);
  const remarks = noteCol < 0 ? [] : t.cells.slice(1).map((r) => (r[noteCol] ?? '').trim()).filter((x) => x !== '');
  if (remarks.length > 0) last.cells.비고 = { text: remarks.join(' ') };
  return true;
}

/**
 * 구분 | indicator … with a `목표(명)` row (the report year's targets) or a `2021년 (9월말 기준)` row (that
 * year's results): one figure per indicator, its unit word in the cell. The source line printed above the
 * table (`(서울일자리센터 상담관리시스템 기준)`) is the results' remark.
 */
function countTable(ctx: ReportContext, i: number, t: DocumentTable, year: string, rows: TargetRow[]): boolean {
  if (t.cells.length < 2 || labelKey(gridCell(t, 0, 0)) !== '구분') return false;
  const kinds = t.cells.slice(1).map((r) => {
    const label = labelKey(r[0] ?? '');
    if (label.startsWith('목표')) return { word: '목표' as const, year: Number(year) };
    const m = RESULT_ROW.exec((r[0] ?? '').trim());
    return m ? { word: '실적' as const, year: Number(m[1]), basis: m[2] ? `${m[1]}년 ${m[2]}` : undefined } : undefined;
  });
  if (kinds.some((k) => !k || !Number.isInteger(k.year) || k.year === 0)) return false;
  const body = t.cells.slice(1).flatMap((r) => r.slice(1));
  if (!body.every((c) => COUNT_UNIT.test(c.trim()))) return false;
  const above = ctx.doc.blocks[i - 1];
  const source = isParagraph(above) ? /^\((.+기준)\)$/.exec(plainText(above))?.[1] : undefined;
  kinds.forEach((k, n) => {
    for (let c = 1; c < (t.cells[0] ?? []).length; c++) {
      const m = COUNT_UNIT.exec(gridCell(t, n + 1, c).trim())!;
      // A heading's inner spaces are the layout's (`알 선`), not the indicator's name.
      const row = rowFor(rows, labelKey(gridCell(t, 0, c)), k!.year);
      row.unit ||= m[2]!;
      row.cells[k!.word] = { text: m[1]!, spot: ctx.cell(i, n + 1, c) };
      if (k!.word === '실적' && 'basis' in k! && k.basis) row.cells.기준 = { text: k.basis };
      if (k!.word === '실적' && source) row.cells.비고 = { text: source };
    }
  });
  return true;
}

/** 대 상 | … | 2022년 일자리창출 with a 합계 row: the year's target by group (target-groups.csv), as printed. */
function groupTable(ctx: ReportContext, i: number, t: DocumentTable, groups: PartTable): boolean {
  const keys = rowKeys(t, 0);
  if (keys[0] !== '대상' || !keys.some((k) => /^\d{4}년/.test(k)) || !t.cells.some((r) => isTotalLabel(r[0] ?? ''))) return false;
  if (groups.body > 0) return false;
  groups.rows[0]!.cells = [...t.cells[0]!];
  for (let r = 1; r < t.cells.length; r++) groups.add(t.cells[r]!, t.cells[r]!.map((_, c) => ctx.cell(i, r, c)));
  return true;
}

/** `2021년 | 계 | 1월 …` over 이용자수 and 이용자 평균 rows: a facility's monthly users (usage.csv). */
function usageTable(ctx: ReportContext, i: number, t: DocumentTable, usage: PartTable): boolean {
  const head = t.cells[0] ?? [];
  const year = parseYearLabel(head[0] ?? '');
  const users = t.cells.findIndex((r) => labelKey(r[0] ?? '') === '이용자수');
  const average = t.cells.findIndex((r) => labelKey(r[0] ?? '').includes('평균'));
  if (year === undefined || users < 0 || !head.some((h) => MONTH.test(labelKey(h)))) return false;
  const facility = (ctx.caption(i).heading ?? '').replace(/\s*운영$/, '');
  const project = ctx.outline.projectOf(i)?.id ?? '';
  head.forEach((h, c) => {
    const key = labelKey(h);
    const m = MONTH.exec(key);
    if (c === 0 || (!m && !isTotalLabel(h))) return;
    const month = m ? `${year}-${m[1]!.padStart(2, '0')}` : h.trim();
    const avg = average < 0 ? '' : gridCell(t, average, c);
    usage.add([facility, month, gridCell(t, users, c), avg, project], [undefined, ctx.cell(i, 0, c), ctx.cell(i, users, c), average < 0 ? undefined : ctx.cell(i, average, c)]);
  });
  return true;
}

function rowFor(rows: TargetRow[], name: string, year: number): TargetRow {
  let row = rows.find((r) => r.name === name && r.year === year);
  if (!row) {
    row = { name, unit: '', year, cells: {} };
    rows.push(row);
  }
  return row;
}

/** targets.csv, indicator by indicator in the order the document first names them, years ascending. */
function targetsPart(rows: TargetRow[]): PartTable {
  const part = new PartTable('targets.csv', ['지표', '지표명', '단위', '연도', '목표', '실적', '달성률', '기준', '비고']);
  const names = [...new Set(rows.map((r) => r.name))];
  for (const name of names) {
    for (const r of rows.filter((x) => x.name === name).sort((a, b) => a.year - b.year)) {
      const cols = ['목표', '실적', '달성률', '기준', '비고'] as const;
      part.add([name, name, r.unit, String(r.year), ...cols.map((c) => r.cells[c]?.text ?? '')], [undefined, undefined, undefined, undefined, ...cols.map((c) => r.cells[c]?.spot)]);
    }
  }
  return part;
}
