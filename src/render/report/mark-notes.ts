import type { Decimal } from 'decimal.js';
import { t } from '../../i18n/messages.js';
import type { Lang } from '../../i18n/lang.js';
import { formatNumber, type NegativeStyle } from '../format.js';
import { textCell, type Grid, type GridCell } from './grid.js';

/** How the report is written: its language and how negatives show. */
export interface ReportLook {
  lang: Lang;
  negative: NegativeStyle;
}

/** A figure as its cell shows it: an amount with separators (and its unit after a headline), a rate as a percentage. */
export function shownFigure(cell: GridCell, value: Decimal, unit: string, negative: NegativeStyle): string {
  if (cell.format === 'percent') return `${formatNumber(value.times(100), { negative }, cell.places ?? 0)}%`;
  return `${formatNumber(value, { negative })}${cell.format === 'headline' ? unit : ''}`;
}

/**
 * The printed notes of the figures marked since the last table (`※1 표기값 1,558,400천원, 계산값
 * 1,588,400천원 (차이 30,000천원)`: the difference as every finding gives it, computed − stated), one line each
 * from `top`: comments do not print, these do.
 * Returns the next free row (`top` when nothing was marked).
 */
export function writeMarkNotes(grid: Grid, top: number, lang: Lang, negative: NegativeStyle): number {
  let row = top;
  const unit = grid.sheet.unit ?? '';
  for (const cell of grid.takeMarked()) {
    const stated = cell.value as Decimal;
    const computed = cell.computed!;
    const show = (v: Decimal): string => shownFigure(cell, v, unit, negative);
    grid.put(row++, 1, textCell(t(lang, 'report.markNote', { mark: cell.mark!, stated: show(stated), computed: show(computed), difference: show(computed.minus(stated)) }), 'note'));
  }
  return row;
}
