import { projectYears } from '../compute/projection.js';
import { parseGrowth } from '../parse/growth.js';
import { projectionJson, projectionRule, projectionSheet, type ProjectionResult } from '../render/projection-sheet.js';
import { amountArg, badArgument, rateArg, renderCalculator, type CalculatorOptions } from './calculator.js';
import { emit, EXIT, UsageError, type GlobalOptions, type Io } from './common.js';

export interface ProjectOptions extends CalculatorOptions {
  growth: string;
  from: number;
  to?: number;
}

/** Out-years shown by default: the department's tables run two years past the report year. */
export const DEFAULT_OUT_YEARS = 2;
/** A longer horizon is a typo (`--to 20240`), not a plan. */
const MAX_OUT_YEARS = 50;

/**
 * `project <amount> --growth <rate> --from <year> [--to <year>]`: each year = the previous year ×
 * (1 + growth), rounded to the unit year on year (반올림 by default). Negative growth is allowed.
 */
export async function runProject(rawAmount: string, opts: ProjectOptions, global: GlobalOptions, io: Io): Promise<number> {
  const { lang } = global;
  const base = amountArg(rawAmount, opts.unit, lang);
  const growth = rateArg(parseGrowth(opts.growth), '--growth', opts.growth, 'calc.expected.growth', lang);
  // Below −100% the amounts would change sign: a typo, not a plan.
  if (growth.lessThan(-1)) throw badArgument(lang, '--growth', opts.growth, 'calc.expected.growth');
  const to = opts.to ?? opts.from + DEFAULT_OUT_YEARS;
  if (to <= opts.from || to - opts.from > MAX_OUT_YEARS) {
    throw new UsageError('calc.bad-years', { from: String(opts.from), to: String(to), max: String(MAX_OUT_YEARS) });
  }
  const years = projectYears(base, growth, opts.from, to, opts.rounding);
  const result: ProjectionResult = { fromYear: opts.from, base, growth, rounding: opts.rounding, unit: opts.unit, years };
  await emit(await renderCalculator(projectionSheet(result, lang), projectionRule(result, lang), projectionJson(result, lang), opts, global, io), undefined, false, io, global);
  return EXIT.ok;
}
