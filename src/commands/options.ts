import { InvalidArgumentError, type Command } from 'commander';
import type { BudgetLayout } from '../load/budget-table.js';
import type { NegativeStyle } from '../render/format.js';
import { addNegativeOption, addOutputOptions, type OutputOptions } from './budget.js';
import { choice, parseYearArg } from './common.js';
import type { Rounding } from '../model/money.js';
import { roundingNamed } from '../parse/rounding.js';
import { addOrgOptions, type OrgOptions } from './org-options.js';

/*
 * The options of the commands whose work is loaded only when they run (cli.ts imports their modules
 * on demand): their definitions live here, so that `budget` — the main job — does not parse the code of
 * report, validate, achievement and template at every start.
 */

export interface ReportOptions extends OrgOptions {
  output: string;
  force?: boolean;
  negative: NegativeStyle;
}

export function addReportOptions(cmd: Command): Command {
  return addNegativeOption(addOrgOptions(cmd).requiredOption('-o, --output <file>', 'the workbook to write (.xlsx)').option('--force', 'overwrite an existing output file', false));
}

export interface AchievementOptions extends OutputOptions, OrgOptions {
  /** Decimals of the shown rate, overriding the dataset's 달성률 소수자리. */
  decimals?: number;
}

export function addAchievementOptions(cmd: Command): Command {
  return addOutputOptions(addOrgOptions(cmd)).option('--decimals <n>', 'decimals of the shown achievement rate (default: the dataset rule)', parseDecimals);
}

export interface ValidateOptions extends OrgOptions {
  format: 'text' | 'json' | 'github' | 'junit';
  strict?: boolean;
  /** False with --no-infer: no out-year rule is inferred (pattern-break). */
  infer?: boolean;
  output?: string;
  force?: boolean;
  /** --basis-rounding: a budget book's 산출근거 rounding, over the dataset's 산출근거 반올림. */
  basisRounding?: Rounding;
}

export function addValidateOptions(cmd: Command): Command {
  return addOrgOptions(cmd)
    .option('-f, --format <format>', 'text | json | github | junit', choice(['text', 'json', 'github', 'junit'] as const), 'text')
    .option('--strict', 'fail (exit 1) on warnings too', false)
    .option('--no-infer', 'do not infer out-year rules the data does not declare (pattern-break)')
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .option('--force', 'overwrite an existing output file', false)
    .option('--basis-rounding <rule>', "a budget book's 산출근거 rounding: 올림 | 반올림 | 절사", parseRounding);
}

/** A rounding rule by its name (올림, 반올림, 절사 or up, half-up, down: parse/rounding.ts). */
function parseRounding(value: string): Rounding {
  const r = roundingNamed(value);
  if (!r) throw new InvalidArgumentError('올림, 반올림, 절사');
  return r;
}

export interface TemplateOptions {
  output: string;
  format: 'xlsx' | 'csv';
  layout: BudgetLayout;
  year?: number;
  force?: boolean;
}

export function addTemplateOptions(cmd: Command): Command {
  return cmd
    .requiredOption('-o, --output <path>', 'the workbook (xlsx) or the folder (csv) to write')
    .option('-f, --format <format>', 'xlsx | csv', choice(['xlsx', 'csv'] as const), 'xlsx')
    .option('--layout <layout>', 'budget sheet: long | printed', choice(['long', 'printed'] as const), 'long')
    .option('--year <year>', 'the year the data is for (default: this year)', parseYearArg)
    .option('--force', 'overwrite existing files', false);
}

function parseDecimals(value: string): number {
  if (!/^\d$/.test(value)) throw new InvalidArgumentError('0–9');
  return Number(value);
}
