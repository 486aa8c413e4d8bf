import { InvalidArgumentError, type Command } from 'commander';
import { achievementYears, buildAchievementReport, type AchievementInput } from '../compute/achievement-report.js';
import { indicatorOrgs } from '../compute/indicator-orgs.js';
import { readHalfYearTables } from '../load/half-years.js';
import { loadHolidays } from '../load/holidays.js';
import { InputError } from '../formats/input-error.js';
import { findingAt, type Finding } from '../model/finding.js';
import { achievementJson } from '../render/achievement-json.js';
import { achievementSheets } from '../render/achievement-sheets.js';
import { jsonText } from '../render/json-writer.js';
import { addOutputOptions, reportYear, type OutputOptions } from './budget.js';
import { EXIT, inputsOf, loadData, type GlobalOptions, type Io } from './common.js';
import { askedOrgs } from './org-options.js';
import { writeReport } from './sheet-output.js';
import type { AchievementOptions } from './options.js';

/** `achievement [year]`: targets against results with rates, then the breakdowns the dataset has. */
export async function runAchievement(asked: number | undefined, opts: AchievementOptions, global: GlobalOptions, io: Io): Promise<number> {
  const loaded = await loadData(global, io, 'achievement');
  const { dataset } = loaded;
  const problems: Finding[] = [];
  const input: AchievementInput = {
    indicators: dataset.indicators,
    targetGroups: dataset.targetGroups,
    halfYears: readHalfYearTables(dataset.tables, problems),
    usage: dataset.usage,
    ...(dataset.calendar ? { calendar: dataset.calendar } : {}),
  };
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new InputError(errors);
  // Data with no target, result or usage table has no achievement: say so (exit 2), never an empty table.
  if (achievementYears(input).length === 0) throw new InputError([findingAt('no-targets', 'error', { file: dataset.path }, { file: dataset.path })]);
  // Without a year, every year of the dataset; a year it lacks is a usage error naming those it has.
  const year = asked === undefined ? null : reportYear(asked, undefined, achievementYears(input));
  const usageYears = new Set(input.usage.flatMap((u) => u.months.map((m) => m.year)).filter((y) => year === null || y === year));
  const holidays = new Map<number, Set<string>>();
  for (const y of usageYears) holidays.set(y, await loadHolidays(y));
  const rules = { rateRounding: dataset.info.rules.rateRounding, rateDecimals: opts.decimals ?? dataset.info.rules.rateDecimals };
  const orgs = askedOrgs(opts.org, indicatorOrgs(dataset.indicators));
  const report = buildAchievementReport(input, rules, year, holidays, { by: opts.by, ...(orgs ? { orgs } : {}) });
  await writeReport(() => achievementSheets(report, global.lang, { bars: opts.format === 'table' }), () => jsonText(achievementJson(report, global.lang)), opts, global, io, { inputs: inputsOf(loaded), info: dataset.info, year: year ?? undefined });
  return EXIT.ok;
}
