import type { Decimal } from 'decimal.js';
import type { BudgetRow } from '../../compute/budget-report.js';
import { sourceLabel, t } from '../../i18n/messages.js';
import type { Component, Dataset, Project, Source, StatedBudgetTotal } from '../../model/dataset.js';
import { sum } from '../../model/money.js';
import { cellAddress } from '../../model/provenance.js';
import { amountCell, Grid, shownFrom, textCell, totalCell, type GridCell, type GridStyle } from './grid.js';
import { writeMarkNotes, type ReportLook } from './mark-notes.js';
import { writeNotes } from './notes.js';
import { printedTables, writePrintedTable } from './printed-table.js';

/** Where a project's budget sits on its sheet, for the summary's cross-sheet formulas. */
export interface ProjectPlacement {
  sheet: string;
  /** Row of each source printed in the multi-year table. */
  sourceRows: Map<Source, number>;
  /** Column of each year. */
  yearColumns: Map<number, number>;
}

/**
 * One project's sheet, as the document prints it: the headline `□ 2022년 소요예산 : N천원`, `(단위 : 천원)`,
 * the multi-year table (two-row header `재원별 | 합계 | 연차별 소요자원` over the years; rows 계 and each
 * source), the component budgets with their 시/구 parts, then the project's other printed tables and its
 * printed `※` notes.
 */
export function projectSheet(name: string, project: Project, row: BudgetRow, dataset: Dataset, year: number, look: ReportLook): { grid: Grid; placement: ProjectPlacement } {
  const { lang } = look;
  const grid = new Grid(name);
  const years = [...row.years.keys()];
  const sources = dataset.budget.sourcesOf(project.id);
  const stated = dataset.statedTotals.filter((s) => s.project === project.id);
  const last = 2 + years.length;

  grid.put(2, last, textCell(t(lang, 'report.unit', { unit: dataset.info.unit }), 'note', { align: 'right' }));
  grid.put(3, 1, textCell(t(lang, 'label.source'), 'head'));
  grid.put(3, 2, textCell(t(lang, 'label.grandTotal'), 'head'));
  grid.put(3, 3, textCell(t(lang, 'report.byYear'), 'head'));
  years.forEach((y, i) => grid.put(4, 3 + i, textCell(t(lang, 'label.year', { year: y }), 'head')));
  grid.merge(3, 1, 4, 1);
  grid.merge(3, 2, 4, 2);
  grid.merge(3, 3, 3, last);

  const first = 6;
  const end = first + sources.length - 1;
  const yearColumns = new Map(years.map((y, i) => [y, 3 + i]));
  const sourceRows = new Map(sources.map((s, i) => [s, first + i]));
  const statedAt = (pick: (s: StatedBudgetTotal) => boolean) => stated.find(pick)?.figure;
  // A stated total in its cell, shown from the data cell it was read from.
  const total = (formula: string, computed: Decimal, pick: (s: StatedBudgetTotal) => boolean, style?: GridStyle): GridCell => {
    const figure = statedAt(pick);
    return shownFrom(totalCell(formula, computed, figure?.value, style), figure?.at);
  };

  grid.put(5, 1, textCell(t(lang, 'label.total'), 'total'));
  grid.put(5, 2, total(`SUM(${cellAddress(5, 3)}:${cellAddress(5, last)})`, row.allYears.amount, (s) => s.kind === 'grand-total'));
  for (const [y, c] of yearColumns) {
    const computed = row.years.get(y)!.amount;
    grid.put(5, c, total(`SUM(${cellAddress(first, c)}:${cellAddress(end, c)})`, computed, (s) => s.kind === 'year-total' && s.year === y));
  }
  for (const [s, r] of sourceRows) {
    grid.put(r, 1, textCell(sourceLabel(s, lang)));
    const computed = row.allYears.bySource[s]!;
    grid.put(r, 2, total(`SUM(${cellAddress(r, 3)}:${cellAddress(r, last)})`, computed, (x) => x.kind === 'source-total' && x.source === s, 'item'));
    for (const [y, c] of yearColumns) grid.put(r, c, amountCell(row.years.get(y)!.bySource[s]!));
  }
  grid.sheet.unit = dataset.info.unit;
  putHeadline(grid, dataset, project.id, year, yearColumns.get(year), row.current.amount, last, lang);
  grid.sheet.headerRows = 4;
  grid.sheet.evenColumns = [3, last];
  const notesEnd = writeMarkNotes(grid, end + 1, lang, look.negative);
  grid.table(1, 3, 4, notesEnd - 1);

  let next = notesEnd + 1;
  // 총괄 first, so that the 세부 rows are one range for their 계.
  const components = dataset.components.filter((c) => c.project === project.id).sort((a, b) => Number(b.level === '총괄') - Number(a.level === '총괄'));
  if (components.length > 0) next = writeComponents(grid, components, next, look, dataset.budget.sources.names) + 1;
  for (const table of printedTables(dataset, project.id)) next = writePrintedTable(grid, table, next, dataset.info.unit, look) + 1;
  writeNotes(grid, (dataset.notes ?? []).filter((n) => n.project === project.id), next);
  return { grid, placement: { sheet: name, sourceRows, yearColumns } };
}

/** The headline as stated: a formula on the table's 계 when it agrees, else the stated figure, highlighted. */
function putHeadline(grid: Grid, dataset: Dataset, project: string, year: number, column: number | undefined, computed: Decimal, last: number, lang: ReportLook['lang']): void {
  const headline = dataset.headlines.find((h) => h.project === project && h.year === year);
  // One cell as printed (`□ 2022년 소요예산 : 1,558,400천원`): the words in its number format, so the figure stays a number.
  const label = t(lang, 'report.headline', { year });
  const cell: GridCell =
    column === undefined
      ? { value: headline?.figure.value ?? null, style: 'title', format: 'headline', label }
      : { ...totalCell(cellAddress(5, column), computed, headline?.figure.value, 'title'), format: 'headline', label };
  // A note beside the figure (`(2021년 수준)`) follows it in the same cell.
  grid.put(1, 1, shownFrom(headline?.note ? { ...cell, tail: headline.note } : cell, headline?.figure.at));
  grid.merge(1, 1, 1, last);
}

/**
 * 세부사업별 소요예산: each component's amount and its parts by source (a one-source amount goes in that
 * source's column), the amount a formula over the parts where parts are stated, then the 세부 rows' 계.
 */
function writeComponents(grid: Grid, components: Component[], top: number, look: ReportLook, sources: readonly Source[]): number {
  const { lang } = look;
  // 세부사업, 금액, each declared source, 보조율, 비고.
  const lastSource = 2 + sources.length;
  grid.put(top, 1, textCell(t(lang, 'report.components'), 'title'));
  const head = top + 1;
  const labels = [t(lang, 'report.component'), t(lang, 'report.amount'), ...sources.map((s) => sourceLabel(s, lang)), t(lang, 'report.cityRatio'), t(lang, 'report.note')];
  labels.forEach((l, i) => grid.put(head, i + 1, textCell(l, 'head')));
  let r = head + 1;
  const details: number[] = [];
  const shown = new Map<number, Decimal>();
  for (const c of components) {
    grid.put(r, 1, textCell(c.level === '총괄' ? t(lang, 'report.overview') : c.name));
    const parts = new Map<Source, Decimal>([...c.parts].map(([s, f]) => [s, f.value]));
    if (c.source && c.amount) parts.set(c.source, c.amount.value);
    sources.forEach((s, i) => {
      const v = parts.get(s);
      grid.put(r, 3 + i, v === undefined ? { value: null, style: 'item' } : amountCell(v));
    });
    const amountValue: GridCell =
      parts.size > 0
        ? totalCell(`SUM(${cellAddress(r, 3)}:${cellAddress(r, lastSource)})`, sum(parts.values()), c.amount?.value, 'item')
        : c.amount
          ? amountCell(c.amount.value)
          : { value: null, style: 'item' };
    grid.put(r, 2, shownFrom(amountValue, c.amount?.at));
    if (amountValue.value !== null) shown.set(r, amountValue.value as Decimal);
    grid.put(r, lastSource + 1, c.cityRatio ? { value: c.cityRatio.value, style: 'item', format: 'percent', places: 2 } : { value: null, style: 'item' });
    grid.put(r, lastSource + 2, textCell(c.amount ? '' : c.text));
    if (c.level === '세부') details.push(r);
    r++;
  }
  if (details.length > 1) {
    grid.put(r, 1, textCell(t(lang, 'report.componentsTotal'), 'total'));
    for (let col = 2; col <= lastSource; col++) {
      const values = details.map((d) => (col === 2 ? shown.get(d) : (grid.sheet.rows[d]?.[col]?.value as Decimal | null | undefined)) ?? null);
      const computed = sum(values.filter((v): v is Decimal => v !== null));
      grid.put(r, col, totalCell(`SUM(${cellAddress(details[0]!, col)}:${cellAddress(details[details.length - 1]!, col)})`, computed, undefined));
    }
    for (const col of [lastSource + 1, lastSource + 2]) grid.put(r, col, { value: null, style: 'total' });
    r++;
  }
  const end = writeMarkNotes(grid, r, lang, look.negative);
  grid.table(top, head, head, end - 1);
  return end;
}
