import type { Decimal } from 'decimal.js';
import { groupBreakdown } from '../../compute/group-shares.js';
import { indicatorRow } from '../../compute/indicator-rows.js';
import { t } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/lang.js';
import type { TargetGroupTable } from '../../model/achievement.js';
import type { Dataset } from '../../model/dataset.js';
import type { Rounding } from '../../model/money.js';
import { amountCell, Grid, textCell, totalCell, type GridCell } from './grid.js';

/** The spreadsheet function that rounds as the dataset's rule says (a rate is never negative). */
const ROUND_FUNCTION: Record<Rounding, string> = { 'half-up': 'ROUND', down: 'ROUNDDOWN', up: 'ROUNDUP' };

/**
 * 일자리공시: targets, results and achievement rates per indicator and year (the rate a live formula
 * rounded by the dataset's rule, a printed rate that disagrees shown as printed and highlighted), then
 * each year's target by group with its 합계 and each group's share.
 */
export function disclosureSheet(name: string, dataset: Dataset, lang: Lang): Grid {
  const grid = new Grid(name);
  const { rateDecimals, rateRounding } = dataset.info.rules;
  grid.put(1, 1, textCell(t(lang, 'report.indicators'), 'title'));
  const heads = ['report.indicator', 'report.unitWord', 'report.yearCol', 'report.target', 'report.result', 'report.rate', 'report.basis', 'report.note'] as const;
  heads.forEach((k, i) => grid.put(2, i + 1, textCell(t(lang, k), 'head')));
  grid.sheet.headerRows = 2;
  let r = 3;
  for (const indicator of dataset.indicators) {
    const row = indicatorRow(indicator, { rateDecimals, rateRounding });
    grid.put(r, 1, textCell(indicator.name));
    grid.put(r, 2, textCell(indicator.unit, 'item', { align: 'center' }));
    grid.put(r, 3, textCell(t(lang, 'label.year', { year: indicator.year }), 'item', { align: 'center' }));
    grid.put(r, 4, figure(indicator.target?.value));
    grid.put(r, 5, figure(indicator.result?.value));
    const formula = `IF(OR(D${r}="",E${r}="",D${r}=0),"",${ROUND_FUNCTION[rateRounding]}(E${r}/D${r},${rateDecimals + 2}))`;
    const shown = row.shownRate?.div(100);
    const stated = indicator.statedRate?.value.div(100);
    const rate: GridCell =
      shown === undefined
        ? { value: stated ?? '', style: 'item', format: 'percent', places: rateDecimals, ...(stated ? {} : { formula }) }
        : { ...totalCell(formula, shown, stated, 'item'), format: 'percent', places: rateDecimals };
    grid.put(r, 6, rate);
    grid.put(r, 7, textCell(indicator.basis ?? ''));
    grid.put(r, 8, textCell(indicator.note ?? ''));
    r++;
  }
  for (const table of dataset.targetGroups) r = writeGroups(grid, table, r + 1, lang);
  return grid;
}

const figure = (v: Decimal | undefined): GridCell => (v === undefined ? { value: null, style: 'item' } : amountCell(v));

/** The indicator table's columns that 주요 내용 spans, so that its long bullet lists do not widen 단위 and 연도. */
const CONTENTS = { from: 4, to: 8 };

/**
 * 대상별 목표: 합계 first as printed (a SUM of the groups, or the stated figure highlighted), then each
 * group with its target, its share of the 합계 shown, and its 주요 내용 (merged over the wide columns).
 */
function writeGroups(grid: Grid, table: TargetGroupTable, top: number, lang: Lang): number {
  const g = groupBreakdown(table);
  grid.put(top, 1, textCell(`${t(lang, 'report.groups')} (${table.heading})`, 'title'));
  const head = top + 1;
  [t(lang, 'report.group'), table.heading, t(lang, 'report.share')].forEach((h, i) => grid.put(head, i + 1, textCell(h, 'head')));
  grid.put(head, CONTENTS.from, textCell(t(lang, 'report.contents'), 'head'));
  grid.merge(head, CONTENTS.from, head, CONTENTS.to);
  const total = head + 1;
  const first = total + 1;
  const last = first + table.groups.length - 1;
  const totalValue = totalCell(`SUM(B${first}:B${last})`, g.total, table.statedTotal?.value);
  const shownTotal = totalValue.value as Decimal;
  grid.put(total, 1, textCell(t(lang, 'label.grandTotal'), 'total'));
  grid.put(total, 2, totalValue);
  grid.put(total, 3, { value: null, style: 'total' });
  grid.put(total, CONTENTS.from, textCell('', 'total'));
  grid.merge(total, CONTENTS.from, total, CONTENTS.to);
  table.groups.forEach((group, i) => {
    const r = first + i;
    // The share of the 합계 as the sheet shows it, so that the cached value is what the formula gives.
    const share = shownTotal.isZero() ? '' : group.target.value.div(shownTotal);
    grid.put(r, 1, textCell(group.name, 'item', { align: 'center' }));
    grid.put(r, 2, amountCell(group.target.value));
    grid.put(r, 3, { value: share, style: 'item', format: 'percent', places: 1, formula: `IF(B$${total}=0,"",B${r}/B$${total})` });
    grid.put(r, CONTENTS.from, textCell(group.description, 'item', { wrap: true }));
    grid.merge(r, CONTENTS.from, r, CONTENTS.to);
  });
  return last + 1;
}
