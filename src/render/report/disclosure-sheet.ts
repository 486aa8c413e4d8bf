import type { Decimal } from 'decimal.js';
import { groupBreakdown } from '../../compute/group-shares.js';
import { indicatorRow } from '../../compute/indicator-rows.js';
import { t } from '../../i18n/messages.js';
import type { Indicator, TargetGroupTable } from '../../model/achievement.js';
import type { Dataset } from '../../model/dataset.js';
import type { Rounding } from '../../model/money.js';
import { cellAddress, columnLetter } from '../../model/provenance.js';
import { amountCell, Grid, shownFrom, textCell, totalCell, type GridCell } from './grid.js';
import { writeMarkNotes, type ReportLook } from './mark-notes.js';

/** The spreadsheet function that rounds as the dataset's rule says (a rate is never negative). */
const ROUND_FUNCTION: Record<Rounding, string> = { 'half-up': 'ROUND', down: 'ROUNDDOWN', up: 'ROUNDUP' };

/**
 * 일자리공시, as the document prints it: for each indicator with results against targets, rows 목표, 실적
 * and 달성률 over the years (the rate a live formula rounded by the dataset's rule, a printed rate that
 * disagrees shown as printed and marked), a result that is not a final figure followed by what it is
 * (`11,521 ※2021년 말 예상치`) and its rate by the verdict (`107% 달성 예상`), then 비고; the year's target
 * below (`○ 2022년 일자리창출 목표 : 10,900개`). Indicators with targets and results in different years
 * (the job center's) share one table, one column each. Then each year's target by group.
 */
export function disclosureSheet(name: string, dataset: Dataset, look: ReportLook): Grid {
  const grid = new Grid(name);
  const ids = [...new Set(dataset.indicators.map((i) => i.id))];
  const series = ids.map((id) => dataset.indicators.filter((i) => i.id === id));
  const rated = series.filter((s) => s.some((i) => i.target && i.result));
  let next = 1;
  for (const s of rated) next = writeSeries(grid, s, next, dataset, look) + 1;
  const others = series.filter((s) => !rated.includes(s));
  if (others.length > 0) next = writeCounts(grid, others, next, look) + 1;
  for (const table of dataset.targetGroups) next = writeGroups(grid, table, next, look) + 1;
  return grid;
}

/** 목표 / 실적 / 달성률 over the years that have a result, 비고 last; the years with a target alone below. */
function writeSeries(grid: Grid, series: Indicator[], top: number, dataset: Dataset, look: ReportLook): number {
  const { lang } = look;
  const { rateDecimals, rateRounding } = dataset.info.rules;
  const first = series[0]!;
  const years = series.filter((i) => i.result);
  grid.put(top, 1, textCell(t(lang, 'report.seriesTitle', { name: first.name, unit: first.unit }), 'title'));
  const head = top + 1;
  const note = 2 + years.length;
  grid.put(head, 1, textCell(t(lang, 'report.kindCol'), 'head'));
  years.forEach((i, k) => grid.put(head, 2 + k, textCell(t(lang, 'label.year', { year: i.year }), 'head')));
  grid.put(head, note, textCell(t(lang, 'report.note'), 'head'));
  const [targetRow, resultRow, rateRow] = [head + 1, head + 2, head + 3];
  grid.put(targetRow, 1, textCell(t(lang, 'report.target'), 'item', { align: 'center' }));
  grid.put(resultRow, 1, textCell(t(lang, 'report.result'), 'item', { align: 'center' }));
  grid.put(rateRow, 1, textCell(t(lang, 'report.rate'), 'item', { align: 'center' }));
  years.forEach((indicator, k) => {
    const c = 2 + k;
    const row = indicatorRow(indicator, { rateDecimals, rateRounding });
    grid.put(targetRow, c, figure(indicator.target));
    grid.put(resultRow, c, { ...figure(indicator.result), ...(indicator.basis ? { tail: `※${indicator.basis}` } : {}) });
    const [D, E] = [cellAddress(targetRow, c), cellAddress(resultRow, c)];
    const formula = `IF(OR(${D}="",${E}="",${D}=0),"",${ROUND_FUNCTION[rateRounding]}(${E}/${D},${rateDecimals + 2}))`;
    const shown = row.shownRate?.div(100);
    const stated = indicator.statedRate?.value.div(100);
    // An estimate's rate says what it foretells (달성 예상); a final one needs no word.
    const verdict = row.status === 'expected-met' || row.status === 'expected-missed' ? { tail: t(lang, `ach.status.${row.status}`) } : {};
    const rate: GridCell =
      shown === undefined || shown === null
        ? { value: stated ?? '', style: 'item', format: 'percent', places: rateDecimals, ...(stated ? {} : { formula }) }
        : { ...totalCell(formula, shown, stated, 'item'), format: 'percent', places: rateDecimals, ...verdict };
    grid.put(rateRow, c, shownFrom(rate, indicator.statedRate?.at));
  });
  grid.put(targetRow, note, textCell(''));
  grid.put(resultRow, note, textCell(notes(years), 'item', { wrap: true }));
  grid.put(rateRow, note, textCell(''));
  let end = writeMarkNotes(grid, rateRow + 1, lang, look.negative);
  // The years with a target and no result yet: the target as the document states it, with its note.
  for (const i of series.filter((x) => !x.result && x.target)) {
    const cell: GridCell = { ...amountCell(i.target!.value, 'title'), label: t(lang, 'report.yearTarget', { year: i.year, name: i.name }), unit: i.unit, ...(i.note ? { tail: `(${i.note})` } : {}) };
    grid.put(end, 1, shownFrom(cell, i.target!.at));
    grid.merge(end, 1, end++, note);
  }
  grid.table(top, head, head, end - 1);
  return end;
}

/** The notes of some years, each after its year when there are several. */
function notes(years: Indicator[]): string {
  const given = years.filter((i) => i.note);
  return given.map((i) => (given.length > 1 ? `${i.year}: ${i.note}` : i.note!)).join('\n');
}

/**
 * Indicators whose targets and results fall in different years (the job center's: 2022 targets, 2021
 * results to September), as the document prints them: a column per indicator, a row per year's targets
 * or results (`2021년 실적 (2021년 9월말 기준)`), 비고 last.
 */
function writeCounts(grid: Grid, series: Indicator[][], top: number, look: ReportLook): number {
  const { lang } = look;
  grid.put(top, 1, textCell(t(lang, 'report.countsTitle'), 'title'));
  const head = top + 1;
  const note = 2 + series.length;
  grid.put(head, 1, textCell(t(lang, 'report.kindCol'), 'head'));
  series.forEach((s, k) => grid.put(head, 2 + k, textCell(`${s[0]!.name} (${s[0]!.unit})`, 'head')));
  grid.put(head, note, textCell(t(lang, 'report.note'), 'head'));
  const years = [...new Set(series.flat().map((i) => i.year))].sort((a, b) => b - a);
  let r = head + 1;
  for (const year of years) {
    for (const kind of ['target', 'result'] as const) {
      const cells = series.map((s) => s.find((i) => i.year === year && i[kind]));
      if (!cells.some(Boolean)) continue;
      const basis = kind === 'result' ? cells.find((i) => i?.basis)?.basis : undefined;
      grid.put(r, 1, textCell(`${t(lang, 'label.year', { year })} ${t(lang, kind === 'target' ? 'report.target' : 'report.result')}${basis ? ` (${basis})` : ''}`, 'item', { align: 'center' }));
      cells.forEach((i, k) => grid.put(r, 2 + k, figure(i?.[kind] ?? null)));
      grid.put(r, note, textCell([...new Set(cells.map((i) => i?.note).filter(Boolean))].join('\n'), 'item', { wrap: true }));
      r++;
    }
  }
  grid.table(top, head, head, r - 1);
  return r;
}

const figure = (f: Indicator['target']): GridCell => (f ? shownFrom(amountCell(f.value), f.at) : { value: null, style: 'item' });

/** The columns 주요 내용 spans, so that its bullet lists have room without widening the sheet's other tables. */
const CONTENTS = { from: 2, to: 4 };

/**
 * 대상별 목표 with the document's columns — 대상, 주요 내용, the year's target, 비고 — and each group's share
 * of the 합계 beside its target; 합계 first as printed (a SUM of the groups, or the stated figure marked).
 */
function writeGroups(grid: Grid, table: TargetGroupTable, top: number, look: ReportLook): number {
  const { lang } = look;
  const g = groupBreakdown(table);
  const [figureCol, shareCol, noteCol] = [CONTENTS.to + 1, CONTENTS.to + 2, CONTENTS.to + 3];
  const F = columnLetter(figureCol);
  grid.put(top, 1, textCell(`${t(lang, 'report.groups')} (${table.heading})`, 'title'));
  const head = top + 1;
  const total = head + 1;
  const first = total + 1;
  const last = first + table.groups.length - 1;
  const contents = (r: number, cell: GridCell): void => {
    grid.put(r, CONTENTS.from, cell);
    grid.merge(r, CONTENTS.from, r, CONTENTS.to);
  };
  grid.put(head, 1, textCell(t(lang, 'report.group'), 'head'));
  contents(head, textCell(t(lang, 'report.contents'), 'head'));
  [table.heading, t(lang, 'report.share'), t(lang, 'report.note')].forEach((h, i) => grid.put(head, figureCol + i, textCell(h, 'head')));
  const totalValue = shownFrom(totalCell(`SUM(${F}${first}:${F}${last})`, g.total, table.statedTotal?.value), table.statedTotal?.at);
  const shownTotal = totalValue.value as Decimal;
  grid.put(total, 1, textCell(t(lang, 'label.grandTotal'), 'total'));
  contents(total, textCell('', 'total'));
  grid.put(total, figureCol, totalValue);
  grid.put(total, shareCol, { value: null, style: 'total' });
  grid.put(total, noteCol, textCell('', 'total'));
  table.groups.forEach((group, i) => {
    const r = first + i;
    // The share of the 합계 as the sheet shows it, so that the cached value is what the formula gives.
    const share = shownTotal.isZero() ? '' : group.target.value.div(shownTotal);
    grid.put(r, 1, textCell(group.name, 'item', { align: 'center' }));
    contents(r, textCell(group.description, 'item', { wrap: true }));
    grid.put(r, figureCol, shownFrom(amountCell(group.target.value), group.target.at));
    grid.put(r, shareCol, { value: share, style: 'item', format: 'percent', places: 1, formula: `IF(${F}$${total}=0,"",${F}${r}/${F}$${total})` });
    grid.put(r, noteCol, textCell(group.note ?? ''));
  });
  const end = writeMarkNotes(grid, last + 1, lang, look.negative);
  grid.table(top, head, head, end - 1);
  return end;
}
