import type { Decimal } from 'decimal.js';
import type { Lang } from '../i18n/lang.js';
import { sourceLabel, t } from '../i18n/messages.js';
import { D, type Rounding, type Unit } from '../model/money.js';
import { explainNumber, percentPlaces, percentText, roundingLabel, unitLabel } from './calculator-text.js';
import { plainDecimal } from './format.js';
import { amount, rate, text, type Sheet } from './sheet.js';

/** Everything `split` shows: the question (total, ratio, rule) and the answer. */
export interface SplitResult {
  total: Decimal;
  cityRatio: Decimal;
  rounding: Rounding;
  unit: Unit;
  /** total × ratio before rounding. */
  cityExact: Decimal;
  city: Decimal;
  district: Decimal;
  /** The two parts' source names: the ratio's (시비, 도비) and the rest's (구비, 군비). */
  upper: string;
  local: string;
}

/** The split as a small table: 총액, then the two parts (시비, 구비 by default) with their amounts and shares. */
export function splitSheet(r: SplitResult, lang: Lang): Sheet {
  const districtRatio = D(1).minus(r.cityRatio);
  const places = Math.max(percentPlaces(r.cityRatio), percentPlaces(districtRatio));
  const pct = (fraction: Decimal) => rate(fraction.times(100), places);
  return {
    name: t(lang, 'split.sheet'),
    title: t(lang, 'split.title', { unit: unitLabel(r.unit, lang) }),
    rows: [
      { style: 'head', cells: [text(t(lang, 'split.part')), text(t(lang, 'split.amount')), text(t(lang, 'split.share'))] },
      { style: 'total', cells: [text(t(lang, 'split.total')), amount(r.total), pct(D(1))] },
      { style: 'item', cells: [text(sourceLabel(r.upper, lang)), amount(r.city), pct(r.cityRatio)] },
      { style: 'item', cells: [text(sourceLabel(r.local, lang)), amount(r.district), pct(districtRatio)] },
    ],
  };
}

/** One sentence: how the city's part was computed and that the district takes the rest. */
export function splitRule(r: SplitResult, lang: Lang): string {
  return t(lang, 'split.rule', {
    total: explainNumber(r.total),
    ratio: percentText(r.cityRatio),
    exact: explainNumber(r.cityExact),
    unit: unitLabel(r.unit, lang),
    rounding: roundingLabel(r.rounding, lang),
    city: explainNumber(r.city),
    district: explainNumber(r.district),
    // Mid-sentence in English: `city`, `province` (a Korean name stays as it is).
    upper: sourceLabel(r.upper, lang).toLowerCase(),
    local: sourceLabel(r.local, lang).toLowerCase(),
  });
}

/** The JSON shape of `split` (keys as documented in the README; amounts exact decimal strings). */
export function splitJson(r: SplitResult, lang: Lang): unknown {
  return {
    total: plainDecimal(r.total),
    unit: r.unit,
    cityRatio: plainDecimal(r.cityRatio),
    rounding: r.rounding,
    cityExact: plainDecimal(r.cityExact),
    city: plainDecimal(r.city),
    district: plainDecimal(r.district),
    // Which sources `city` and `district` are (`--upper 도비 --local 군비`): a reader of the JSON alone can tell.
    upper: r.upper,
    local: r.local,
    rule: splitRule(r, lang),
  };
}
