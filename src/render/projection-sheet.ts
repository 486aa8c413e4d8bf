import type { Decimal } from 'decimal.js';
import type { ProjectedYear } from '../compute/projection.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/messages.js';
import type { Rounding, Unit } from '../model/money.js';
import { percentText, roundingLabel, unitLabel } from './calculator-text.js';
import { plainDecimal } from './format.js';
import { amount, text, type Sheet, type SheetRow } from './sheet.js';

/** Everything `project` shows: the base year, the growth and rule, and the projected years. */
export interface ProjectionResult {
  fromYear: number;
  base: Decimal;
  growth: Decimal;
  rounding: Rounding;
  unit: Unit;
  years: ProjectedYear[];
}

/** The base year then each projected year, with the change from the year before. */
export function projectionSheet(r: ProjectionResult, lang: Lang): Sheet {
  const rows: SheetRow[] = [
    { style: 'head', cells: [text(t(lang, 'project.year')), text(t(lang, 'project.amount')), text(t(lang, 'project.change'))] },
    { style: 'item', cells: [text(t(lang, 'project.base-year', { year: r.fromYear })), amount(r.base), amount(null)] },
  ];
  let previous = r.base;
  for (const y of r.years) {
    rows.push({ style: 'item', cells: [text(t(lang, 'label.year', { year: y.year })), amount(y.amount), amount(y.amount.minus(previous))] });
    previous = y.amount;
  }
  return {
    name: t(lang, 'project.sheet'),
    title: t(lang, 'project.title', { growth: percentText(r.growth), unit: unitLabel(r.unit, lang) }),
    rows,
  };
}

export function projectionRule(r: ProjectionResult, lang: Lang): string {
  // 1 + 3% or 1 − 2%: written as the arithmetic it is, never "1 + -2%".
  const factor = r.growth.isNegative() ? `1 − ${percentText(r.growth.negated())}` : `1 + ${percentText(r.growth)}`;
  return t(lang, 'project.rule', { factor, unit: unitLabel(r.unit, lang), rounding: roundingLabel(r.rounding, lang) });
}

/** The JSON shape of `project` (keys as documented in the README; amounts exact decimal strings). */
export function projectionJson(r: ProjectionResult, lang: Lang): unknown {
  let previous = r.base;
  return {
    base: { year: r.fromYear, amount: plainDecimal(r.base) },
    growth: plainDecimal(r.growth),
    rounding: r.rounding,
    unit: r.unit,
    years: r.years.map((y) => {
      const change = y.amount.minus(previous);
      previous = y.amount;
      return { year: y.year, amount: plainDecimal(y.amount), change: plainDecimal(change) };
    }),
    rule: projectionRule(r, lang),
  };
}
