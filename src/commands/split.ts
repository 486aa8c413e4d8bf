import { splitByRatio } from '../compute/split.js';
import { parseRatio } from '../parse/number.js';
import { splitJson, splitRule, splitSheet, type SplitResult } from '../render/split-sheet.js';
import { amountArg, badArgument, rateArg, renderCalculator, type CalculatorOptions } from './calculator.js';
import { emit, EXIT, type GlobalOptions, type Io } from './common.js';
import { DISTRICT_SOURCES, sourceWord } from '../model/source.js';
import type { Lang } from '../i18n/lang.js';

export interface SplitOptions extends CalculatorOptions {
  city: string;
  /** The parts' source names (`--upper 도비 --local 군비`); 시비 and 구비 by default. */
  upper?: string;
  local?: string;
}

/**
 * `split <amount> --city <ratio>`: the office's rule for a subsidised amount. The upper government's part
 * (시비 of a 자치구, or --upper: 도비) is amount × ratio rounded to the unit (절사 by default); the local one
 * (구비, or --local: 군비) pays the rest.
 */
export async function runSplit(rawAmount: string, opts: SplitOptions, global: GlobalOptions, io: Io): Promise<number> {
  const { lang } = global;
  const total = amountArg(rawAmount, opts.unit, lang);
  const ratio = rateArg(parseRatio(opts.city), '--city', opts.city, 'calc.expected.ratio', lang);
  // A share above 1 would leave the district a negative part: that is a typo, not a split.
  if (ratio.greaterThan(1)) throw badArgument(lang, '--city', opts.city, 'calc.expected.ratio');
  const { city, district } = splitByRatio(total, ratio, opts.rounding);
  const upper = partName(opts.upper, DISTRICT_SOURCES.upper!, '--upper', lang);
  const local = partName(opts.local, DISTRICT_SOURCES.local!, '--local', lang);
  // One source cannot be both parts: the rule would read `도비 = 총액 − 도비`.
  if (upper === local) throw badArgument(lang, '--local', opts.local ?? local, 'calc.expected.otherSource');
  const result: SplitResult = { total, cityRatio: ratio, rounding: opts.rounding, unit: opts.unit, cityExact: total.times(ratio), city, district, upper, local };
  await emit(await renderCalculator(splitSheet(result, lang), splitRule(result, lang), splitJson(result, lang), opts, global, io), undefined, false, io, global);
  return EXIT.ok;
}

/**
 * A part's name as the vocabulary spells it (`도` → 도비), or as typed when it is not a word of it (a dataset
 * may declare such a source too); the 자치구's part when the option is not given, an error when it is blank.
 */
function partName(given: string | undefined, fallback: string, option: string, lang: Lang): string {
  if (given === undefined) return fallback;
  const typed = given.trim();
  if (typed === '') throw badArgument(lang, option, given, 'calc.expected.source');
  return sourceWord(typed)?.name ?? typed;
}
