import type { BudgetRow } from '../../compute/budget-report.js';
import type { FigureRow } from '../../compute/budget-tables.js';
import { Ratio } from '../../compute/ratio.js';
import { D } from '../../model/money.js';
import { columnLetter } from '../../model/provenance.js';
import { sourceLabel, t } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/lang.js';
import { CHANGE_RATE_PLACES } from '../budget-sheets.js';
import { displayWidth } from '../display-width.js';
import { amountCell, Grid, idCell, textCell, type GridCell, type LeanValue } from './grid.js';

export interface BudgetTableSheet {
  name: string;
  title: string;
  rows: FigureRow[];
  /** A 기관 column first (the 기관별 sheet). */
  withOrg: boolean;
  /** The report's total (the same organisations), for the 합계 row's cached values. */
  total: BudgetRow;
  /** Whether the data has the year before (else no 전년 계, 증감, 증감률 columns, as in 요약). */
  withPrevious: boolean;
  year: number;
}

const HEAD = 2;
const FIRST = HEAD + 1;

/**
 * A long budget table (사업별: one row per project summed across organisations; 기관별: one per organisation
 * and project): [기관], 번호, 사업명, 계, each declared source (국비, 시비, 구비), then 전년 계, 증감, 증감률, and a 합계 row of live
 * SUMs. The first row is styled cells; the rest are lean rows taking its styles, so that 36,000 rows
 * cost what plain values cost (see grid.ts LeanRows).
 */
export function budgetTableSheet(spec: BudgetTableSheet, lang: Lang): Grid {
  const grid = new Grid(spec.name);
  const sources = spec.total.current.sources;
  grid.put(1, 1, textCell(spec.title, 'title'));
  const heads = [
    ...(spec.withOrg ? [t(lang, 'label.org')] : []),
    t(lang, 'label.no'),
    t(lang, 'label.project'),
    t(lang, 'label.total'),
    ...sources.map((s) => sourceLabel(s, lang)),
    ...(spec.withPrevious ? [`${t(lang, 'label.year', { year: spec.year - 1 })} ${t(lang, 'label.total')}`, t(lang, 'label.change'), t(lang, 'label.changeRate')] : []),
  ];
  heads.forEach((h, i) => grid.put(HEAD, i + 1, textCell(h, 'head')));
  grid.sheet.headerRows = HEAD;

  // Made once per row as the sheet is written (no spreads: 36,000 rows).
  const cells = (r: FigureRow): LeanValue[] => {
    const figures: LeanValue[] = spec.withPrevious ? [...r.current, r.previous, r.change, r.rate] : r.current;
    return spec.withOrg ? [r.org, r.id, r.name, ...figures] : [r.id, r.name, ...figures];
  };
  const textColumns = spec.withOrg ? 3 : 2;
  const [first, ...rest] = spec.rows;
  if (first) {
    cells(first).forEach((v, i) => grid.put(FIRST, i + 1, templateCell(v, i, textColumns, sources.length)));
    grid.sheet.lean = { after: FIRST, kinds: heads.map((_, i) => (i === textColumns - 2 ? 'id' : i < textColumns ? 'text' : 'number')), count: rest.length, row: (i) => cells(rest[i]!), widths: shownWidths(rest, spec.withOrg, sources.length).slice(0, heads.length) };
  }
  putTotal(grid, FIRST + spec.rows.length, spec, textColumns, lang);
  grid.table(1, HEAD, HEAD, FIRST + spec.rows.length);
  return grid;
}

/**
 * The widest org, number and name (display width, each distinct text once), and for each figure the
 * longest text plus a separator per three characters: enough for the amount format's digits and △.
 */
function shownWidths(rows: FigureRow[], withOrg: boolean, sources: number): number[] {
  const texts = [new Set<string>(), new Set<string>(), new Set<string>()];
  // 계 and each source, then 전년 계 and 증감.
  const figures = 1 + sources;
  const longest = new Array<number>(figures + 2).fill(0);
  for (const r of rows) {
    texts[0]!.add(r.org);
    texts[1]!.add(r.id);
    texts[2]!.add(r.name);
    for (let k = 0; k < figures; k++) longest[k] = Math.max(longest[k]!, r.current[k]!.length);
    longest[figures] = Math.max(longest[figures]!, r.previous.length);
    longest[figures + 1] = Math.max(longest[figures + 1]!, r.change.length);
  }
  const text = texts.map((set) => Math.max(0, ...[...set].map(displayWidth)));
  // 증감률 as 0.0%: a few characters, as in 요약.
  return [...(withOrg ? [text[0]!] : []), text[1]!, text[2]!, ...longest.map(amountWidth), 8];
}

/** An amount of this many characters as the amount format shows it: a separator per three, or △. */
export const amountWidth = (length: number): number => length + Math.floor(length / 3);

/** A cell of the first row: the template whose style every lean row below takes, column by column. */
function templateCell(v: LeanValue, i: number, textColumns: number, sources: number): GridCell {
  // The project number as in 요약.
  if (i === textColumns - 2) return idCell(String(v));
  if (i < textColumns) return textCell(String(v));
  if (i === textColumns + 1 + sources + 2) return percent(v === null ? null : D(v), 'item');
  return amountCell(D(v ?? 0));
}

function percent(value: ReturnType<typeof D> | null, style: 'item' | 'total', formula?: string): GridCell {
  return { value: value ?? '', style, format: 'percent', places: CHANGE_RATE_PLACES, ...(formula ? { formula } : {}) };
}

/** 합계: each amount column a SUM of the rows above, caching the report's exact total; 증감률 from them. */
function putTotal(grid: Grid, r: number, spec: BudgetTableSheet, textColumns: number, lang: Lang): void {
  for (let c = 1; c < textColumns; c++) grid.put(r, c, textCell('', 'total'));
  grid.put(r, textColumns, textCell(t(lang, 'label.division'), 'total'));
  const total = spec.total;
  const previous = total.previous?.amount ?? D(0);
  const change = total.current.amount.minus(previous);
  const figures = [total.current.amount, ...total.current.sources.map((s) => total.current.bySource[s]!), ...(spec.withPrevious ? [previous, change] : [])];
  // No rows (organisations without a line that year): plain zeros, not a SUM of the 합계 row itself.
  const sum = (c: number) => (r > FIRST ? { formula: `SUM(${columnLetter(c)}${FIRST}:${columnLetter(c)}${r - 1})` } : {});
  figures.forEach((v, k) => grid.put(r, textColumns + 1 + k, amountCell(v, 'total', sum(textColumns + 1 + k))));
  if (!spec.withPrevious) return;
  const [C, I] = [textColumns + 1, textColumns + 1 + figures.length - 2].map((c) => `${columnLetter(c)}${r}`);
  grid.put(r, textColumns + 1 + figures.length, percent(Ratio.of(change, previous)?.value() ?? null, 'total', `IF(${I}=0,"",(${C}-${I})/${I})`));
}
