import type { Decimal } from 'decimal.js';
import type { BudgetReport, BudgetRow } from '../../compute/budget-report.js';
import { Ratio } from '../../compute/ratio.js';
import { amountText, type SourceAmounts } from '../../compute/source-amounts.js';
import { sourceLabel, t } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/lang.js';
import type { Source } from '../../model/dataset.js';
import { D } from '../../model/money.js';
import { cellAddress, columnLetter } from '../../model/provenance.js';
import { CHANGE_RATE_PLACES, shareHeads } from '../budget-sheets.js';
import { displayWidth } from '../display-width.js';
import { amountWidth } from './budget-table-sheet.js';
import type { Finding } from '../../model/finding.js';
import { formatNumber } from '../format.js';
import { findingFigure, validateMessage } from '../validate-message.js';
import type { ReportLook } from './mark-notes.js';
import { amountCell, Grid, idCell, LEAN_ROWS, sheetRef, textCell, type GridCell, type GridStyle, type LeanCell, type LeanRows } from './grid.js';
import type { ProjectPlacement } from './project-sheet.js';
import { unitLabel } from '../calculator-text.js';


const SHARE_PLACES = 2;

/**
 * 요약: the year's budget per project and for the division, by source, with the upper/local shares and 증감/증감률
 * against the year before, then the division's multi-year table. Every amount is a live reference to the
 * project's sheet, every total a formula, each caching the value buildBudgetReport computed.
 */
export function summarySheet(name: string, report: BudgetReport, placements: Map<string, ProjectPlacement>, flagged: Map<string, Finding[]>, look: ReportLook): Grid {
  const { lang } = look;
  const grid = new Grid(name);
  const withPrevious = report.total.previous !== null;
  const cols = summaryColumns(report);
  grid.put(1, 1, textCell(t(lang, 'label.budgetTitle', { year: report.year, unit: unitLabel(report.unit, lang) }), 'title'));
  const heads = [
    t(lang, 'label.no'),
    t(lang, report.by === 'org' ? 'label.org' : 'label.project'),
    t(lang, 'label.total'),
    ...report.sources.map((s) => sourceLabel(s, lang)),
    ...shareHeads(report, lang),
    ...(withPrevious ? [`${t(lang, 'label.year', { year: report.year - 1 })} ${t(lang, 'label.total')}`, t(lang, 'label.change'), t(lang, 'label.changeRate')] : []),
  ];
  heads.forEach((h, i) => grid.put(2, i + 1, textCell(h, 'head')));
  grid.sheet.headerRows = 2;

  const first = 3;
  // A national 요약 (1,600 projects) is written as lean rows under its first (grid.ts LeanRows); the
  // bundled report's rows are cells as ever.
  const lean = report.projects.length > LEAN_ROWS;
  const marks: { mark: string; findings: Finding[] }[] = [];
  (lean ? report.projects.slice(0, 1) : report.projects).forEach((p, i) => {
    const r = first + i;
    const place = placements.get(p.id);
    grid.put(r, 1, idCell(p.id));
    // A project whose sheet states a figure that disagrees is marked here too, its note under the table.
    const findings = flagged.get(p.id);
    const mark = findings ? `※${marks.push({ mark: `※${marks.length + 1}`, findings })}` : '';
    grid.put(r, 2, textCell(mark ? `${p.name} ${mark}` : p.name));
    report.sources.forEach((s, k) => {
      const value = p.current.bySource[s];
      const formula = sourceRef(place, s, report.year);
      grid.put(r, 4 + k, formula ? amountCell(value!, 'item', { formula }) : amountCell(value!));
    });
    putDerived(grid, r, p, 'item', cols, withPrevious, previousRef(place, report.year - 1));
  });
  if (lean) grid.sheet.lean = leanProjects(report, placements, first, cols, withPrevious);
  const last = first + report.projects.length - 1;
  const total = last + 1;
  grid.put(total, 1, textCell('', 'total'));
  grid.put(total, 2, textCell(t(lang, 'label.division'), 'total'));
  report.sources.forEach((s, k) => grid.put(total, 4 + k, columnSum(total, 4 + k, first, last, report.total.current.bySource[s]!)));
  putDerived(grid, total, report.total, 'total', cols, withPrevious, undefined, [first, last]);
  let next = total + 1;
  for (const { mark, findings } of marks) for (const f of findings) grid.put(next++, 1, textCell(projectNote(mark, f, report, look), 'note'));
  grid.table(1, 2, 2, next - 1);

  multiYear(grid, report, placements, next + 1, lang);
  return grid;
}

/** A source's amount of the year on the project's sheet, when it has one. */
function sourceRef(place: ProjectPlacement | undefined, source: Source, year: number): string | undefined {
  const row = place?.sourceRows.get(source);
  const column = place?.yearColumns.get(year);
  return row !== undefined && column !== undefined ? sheetRef(place!.sheet, cellAddress(row, column)) : undefined;
}

/** The previous year's 계 on a project sheet: the range of its source cells in that year's column. */
function previousRef(place: ProjectPlacement | undefined, year: number): string | undefined {
  const column = place?.yearColumns.get(year);
  const rows = place ? [...place.sourceRows.values()] : [];
  if (column === undefined || rows.length === 0) return undefined;
  return sheetRef(place!.sheet, `${cellAddress(Math.min(...rows), column)}:${cellAddress(Math.max(...rows), column)}`);
}

/**
 * Where 요약's derived columns fall: 번호, 사업명, 계, the declared sources from D, the two shares (when the
 * dataset declares an upper and a local source), then 전년 계, 증감, 증감률.
 */
interface SummaryColumns {
  /** The last source column. */
  lastSource: number;
  /** The upper and local sources' columns, and the first share column; absent without both. */
  share?: { upper: number; local: number; at: number };
  previous: number;
}

function summaryColumns(report: BudgetReport): SummaryColumns {
  const lastSource = 3 + report.sources.length;
  const pair = report.shareOf;
  if (!pair) return { lastSource, previous: lastSource + 1 };
  const share = { upper: 4 + report.sources.indexOf(pair.upper), local: 4 + report.sources.indexOf(pair.local), at: lastSource + 1 };
  return { lastSource, share, previous: lastSource + 3 };
}

/** The formulas of a row's derived cells (계, upper/local shares, 증감, 증감률), the same for cells and lean rows. */
function derivedFormulas(r: number, cols: SummaryColumns): { total: string; upper: string; local: string; change: string; rate: string } {
  const [C, I] = [`C${r}`, `${columnLetter(cols.previous)}${r}`];
  const [E, F] = cols.share ? [`${columnLetter(cols.share.upper)}${r}`, `${columnLetter(cols.share.local)}${r}`] : ['', ''];
  return {
    total: `SUM(D${r}:${columnLetter(cols.lastSource)}${r})`,
    upper: `IF(${E}+${F}=0,"",${E}/(${E}+${F}))`,
    local: `IF(${E}+${F}=0,"",${F}/(${E}+${F}))`,
    change: `${C}-${I}`,
    rate: `IF(${I}=0,"",(${C}-${I})/${I})`,
  };
}

/**
 * The printed note of a marked project: its name, the stated figure, the computed one and the difference
 * (`※1 금천일자리주식회사 운영: 표기값 1,558,400, 계산값 1,588,400 (차이 30,000)`), or validate's sentence
 * for a finding without two figures.
 */
function projectNote(mark: string, f: Finding, report: BudgetReport, look: ReportLook): string {
  const name = report.projects.find((p) => p.id === f.project)?.name ?? f.project ?? '';
  const [stated, computed] = [findingFigure(f.actual), findingFigure(f.expected)];
  if (!stated || !computed) return `${mark} ${validateMessage(f, look.lang)}`;
  const show = (v: Decimal): string => formatNumber(v, { negative: look.negative });
  return t(look.lang, 'report.projectMarkNote', { mark, project: name, stated: show(stated), computed: show(computed), difference: show(computed.minus(stated)) });
}

function columnSum(row: number, column: number, first: number, last: number, computed: Decimal): GridCell {
  const c = columnLetter(column);
  return amountCell(computed, 'total', { formula: `SUM(${c}${first}:${c}${last})` });
}

/**
 * 계, shares, previous 계, 증감 and 증감률 of one row. A project's previous 계 refers to its sheet; the 합계
 * row's sums its column (`sumOf`).
 */
function putDerived(grid: Grid, r: number, row: BudgetRow, style: GridStyle, cols: SummaryColumns, withPrevious: boolean, previousRef: string | undefined, sumOf?: [number, number]): void {
  const f = derivedFormulas(r, cols);
  grid.put(r, 3, amountCell(row.current.amount, style, { formula: f.total }));
  if (cols.share) {
    const share = row.upperShare?.value() ?? null;
    grid.put(r, cols.share.at, percent(f.upper, share, SHARE_PLACES, style));
    grid.put(r, cols.share.at + 1, percent(f.local, row.upperShare?.complement().value() ?? null, SHARE_PLACES, style));
  }
  if (!withPrevious) return;
  const previous = row.previous?.amount ?? D(0);
  const p = cols.previous;
  if (sumOf) grid.put(r, p, columnSum(r, p, sumOf[0], sumOf[1], previous));
  else grid.put(r, p, previousRef ? amountCell(previous, style, { formula: `SUM(${previousRef})` }) : amountCell(previous, style));
  grid.put(r, p + 1, amountCell(row.current.amount.minus(previous), style, { formula: f.change }));
  const rate = Ratio.of(row.current.amount.minus(previous), previous)?.value() ?? null;
  grid.put(r, p + 2, percent(f.rate, rate, CHANGE_RATE_PLACES, style));
}

/**
 * The project rows after the first as lean rows, with the cells' formulas. Each cached value is the
 * double nearest its exact figure, from the integer sums where the report has them (no Decimal per cell):
 * amounts as exact decimal text, shares and 증감률 as exact fractions divided once (compute/ratio.ts).
 */
function leanProjects(report: BudgetReport, placements: Map<string, ProjectPlacement>, template: number, cols: SummaryColumns, withPrevious: boolean): LeanRows {
  const rows = report.projects.slice(1).map((p, i): LeanCell[] => {
    const r = template + 1 + i;
    const place = placements.get(p.id);
    const f = derivedFormulas(r, cols);
    const [total, ...bySource] = amountTexts(p.current);
    const amounts = bySource.map((value, k): LeanCell => {
      const formula = sourceRef(place, report.sources[k]!, report.year);
      return formula ? { formula, value } : value;
    });
    const share = p.upperShare;
    const shares: LeanCell[] = cols.share ? [{ formula: f.upper, value: share?.toNumber() ?? '' }, { formula: f.local, value: share?.complement().toNumber() ?? '' }] : [];
    const cells: LeanCell[] = [p.id, p.name, { formula: f.total, value: total! }, ...amounts, ...shares];
    if (!withPrevious) return cells;
    const previous = p.previous ? amountTexts(p.previous)[0]! : '0';
    const ref = previousRef(place, report.year - 1);
    const change = p.change ?? p.current;
    const rate = p.previous ? exactRatio(change, p.previous)?.toNumber() : undefined;
    return [...cells, ref ? { formula: `SUM(${ref})`, value: previous } : previous, { formula: f.change, value: amountTexts(change)[0]! }, { formula: f.rate, value: rate ?? '' }];
  });
  const kinds = (rows[0] ?? []).map((_, k): 'text' | 'number' | 'id' => (k === 0 ? 'id' : k === 1 ? 'text' : 'number'));
  return { after: template, kinds, count: rows.length, row: (i) => rows[i]!, widths: kinds.map((_, k) => Math.max(0, ...rows.map((cells) => shownWidth(cells[k]!, k)))) };
}

/** A figure and its sources as exact decimal text. */
function amountTexts(a: SourceAmounts): string[] {
  return [amountText(a), ...a.sources.map((_, k) => amountText(a, k))];
}

/** part ÷ whole of two amounts, exact; null when the whole is zero. */
function exactRatio(part: SourceAmounts, whole: SourceAmounts): Ratio | null {
  const [p, w] = [part.units, whole.units];
  return p && w && p.scale === w.scale ? Ratio.ofIntegers(p.amount, w.amount) : Ratio.of(part.amount, whole.amount);
}

/** How wide a lean cell shows: text by display width, amounts with their separators, percentages a few characters. */
function shownWidth(cell: LeanCell, column: number): number {
  const v = cell !== null && typeof cell === 'object' ? cell.value : cell;
  if (column < 2) return displayWidth(String(v ?? ''));
  return typeof v === 'string' ? amountWidth(v.length) : PERCENT_WIDTH;
}

/** 0.00% and 0.0% figures: a few characters, as the cells' widths come out. */
const PERCENT_WIDTH = 8;

function percent(formula: string, value: Decimal | null, places: number, style: GridStyle): GridCell {
  return { value: value ?? '', style, format: 'percent', places, formula };
}

/**
 * The division's multi-year table: each source and year the sum of the projects' cells, 합계 and 계 as SUMs.
 * The 재원별 labels span 번호 and 사업명, so 합계 and the years fall in the amount columns above, as wide.
 */
function multiYear(grid: Grid, report: BudgetReport, placements: Map<string, ProjectPlacement>, top: number, lang: Lang): void {
  grid.put(top, 1, textCell(t(lang, 'label.multiYearTitle', { unit: unitLabel(report.unit, lang), scope: report.scope ?? t(lang, 'label.allOrgs') }), 'title'));
  const head = top + 1;
  const years = report.years;
  const [label, sum, from] = [1, 3, 4];
  const lastCol = from + years.length - 1;
  const labelCell = (r: number, text: string, style: GridStyle): void => {
    grid.put(r, label, textCell(text, style));
    grid.merge(r, label, r, label + 1);
  };
  labelCell(head, t(lang, 'label.source'), 'head');
  grid.put(head, sum, textCell(t(lang, 'label.grandTotal'), 'head'));
  years.forEach((y, i) => grid.put(head, from + i, textCell(t(lang, 'label.year', { year: y }), 'head')));
  const totalRow = head + 1;
  const first = totalRow + 1;
  const end = first + report.sources.length - 1;
  const rowSum = (r: number): string => `SUM(${cellAddress(r, from)}:${cellAddress(r, lastCol)})`;
  labelCell(totalRow, t(lang, 'label.total'), 'total');
  grid.put(totalRow, sum, amountCell(report.total.allYears.amount, 'total', { formula: rowSum(totalRow) }));
  years.forEach((y, i) => grid.put(totalRow, from + i, amountCell(report.total.years.get(y)!.amount, 'total', { formula: `SUM(${cellAddress(first, from + i)}:${cellAddress(end, from + i)})` })));
  report.sources.forEach((s, k) => {
    const r = first + k;
    labelCell(r, sourceLabel(s, lang), 'item');
    grid.put(r, sum, amountCell(report.total.allYears.bySource[s]!, 'item', { formula: rowSum(r) }));
    years.forEach((y, i) => {
      const refs = [...placements.values()].flatMap((p) => {
        const row = p.sourceRows.get(s);
        const column = p.yearColumns.get(y);
        return row !== undefined && column !== undefined ? [sheetRef(p.sheet, cellAddress(row, column))] : [];
      });
      const value = report.total.years.get(y)!.bySource[s]!;
      grid.put(r, from + i, refs.length > 0 ? amountCell(value, 'item', { formula: refs.join('+') }) : amountCell(value));
    });
  });
  grid.table(top, head, head, end);
}
