import { InvalidArgumentError, type Command } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { t, type MessageKey } from '../i18n/messages.js';
import type { Rounding, Unit } from '../model/money.js';
import { parseAmount } from '../parse/number.js';
import { roundingNamed } from '../parse/rounding.js';
import type { ParsedRate } from '../parse/number.js';
import type { Decimal } from 'decimal.js';
import { renderCsv } from '../render/csv.js';
import { jsonText } from '../render/json-writer.js';
import type { Sheet } from '../render/sheet.js';
import { renderText, wrapText } from '../render/text.js';
import { choice, UsageError, type GlobalOptions, type Io } from './common.js';
import { terminalView } from './terminal.js';

/** Options the planning calculators (`split`, `project`) share. */
export interface CalculatorOptions {
  format: 'table' | 'csv' | 'json';
  rounding: Rounding;
  unit: Unit;
}

function parseRounding(value: string): Rounding {
  const r = roundingNamed(value);
  if (r === undefined) throw new InvalidArgumentError('half-up, down, up');
  return r;
}

export function addCalculatorOptions(cmd: Command, defaultRounding: Rounding): Command {
  return cmd
    .option('-r, --rounding <rule>', 'half-up | down | up', parseRounding, defaultRounding)
    .option('-u, --unit <unit>', '원 | 천원 | 백만원', choice(['원', '천원', '백만원'] as const), '천원')
    .option('-f, --format <format>', 'table | csv | json', choice(['table', 'csv', 'json'] as const), 'table');
}

/** The amount argument, in `unit` (`179,598`, `179,598천원`, `179,598,000원`); a usage error otherwise. */
export function amountArg(raw: string, unit: Unit, lang: Lang): Decimal {
  const parsed = parseAmount(raw, { unit, blank: 'missing', conversionRounding: null });
  if (parsed.kind !== 'value') throw badArgument(lang, t(lang, 'calc.arg.amount'), raw, 'calc.expected.amount');
  return parsed.value;
}

/** A parsed rate or a usage error naming the option, the value and what was expected. */
export function rateArg(parsed: ParsedRate, option: string, raw: string, expected: MessageKey, lang: Lang): Decimal {
  if (parsed.kind !== 'value') throw badArgument(lang, option, raw, expected);
  return parsed.value;
}

export function badArgument(lang: Lang, name: string, value: string, expected: MessageKey): UsageError {
  return new UsageError('calc.bad-argument', { name, value, expected: t(lang, expected) });
}

/** The result in the chosen format; the table gets the one-line rule under it (JSON carries it as `rule`). */
export async function renderCalculator(sheet: Sheet, rule: string, json: unknown, opts: CalculatorOptions, global: GlobalOptions, io: Io): Promise<string> {
  if (opts.format === 'json') return jsonText(json);
  if (opts.format === 'csv') return renderCsv([sheet], 'utf-8').toString('utf8');
  const view = await terminalView(io, global, true);
  return [...renderText(sheet, { ...view, negative: 'triangle' }).lines, ...wrapText(rule, view.width, view.measure)].join('\n') + '\n';
}
