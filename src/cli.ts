import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addOutputOptions, runBudget, type BudgetOptions } from './commands/budget.js';
import { EXIT, failure, parseYearArg, type GlobalOptions, type Io } from './commands/common.js';
import {
  addAchievementOptions,
  addReportOptions,
  addTemplateOptions,
  addValidateOptions,
  type AchievementOptions,
  type ReportOptions,
  type TemplateOptions,
  type ValidateOptions,
} from './commands/options.js';
import { LANGS } from './i18n/lang.js';
import { DISTRICT_SOURCES } from './model/source.js';
import { packageRoot } from './package-root.js';
import { addOrgOptions } from './commands/org-options.js';
import { addCalculatorOptions } from './commands/calculator.js';
import { localizeHelp, langFromArgv, optionFromArgv } from './commands/help.js';
import type { CiTarget } from './commands/ci-report.js';
import { removeStdinFiles } from './commands/stdin.js';
import { terminalWidth } from './commands/terminal.js';
import { terminalMeasure } from './render/display-width.js';
import { runProject, type ProjectOptions } from './commands/project.js';
import { runSplit, type SplitOptions } from './commands/split.js';
import { usageErrorText } from './commands/usage-errors.js';

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Wires the commands. `budget` runs from this module's own imports; the other reports' code is imported
 * when they run (esbuild splits it into chunks), so the main job does not parse it at every start.
 * This is also the one place that turns a command's outcome into an exit code:
 * 0 ok, 1 findings, 2 unusable input or usage, 3 output not written.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const program = new Command('jobs-report');
  let exitCode: number = EXIT.ok;
  // Help and usage errors come during parsing: the language and the terminal are looked up first.
  const lang = langFromArgv(argv, io.env);
  const ambiguous = optionFromArgv(argv, ['--ambiguous']) ?? io.env.JOBS_REPORT_AMBIGUOUS;
  program
    .description('일자리창출과 주요업무보고: 소요예산, 달성률, 표의 합계 검증')
    .version(packageVersion(), '-V, --version')
    .option('-d, --data <path>', 'dataset folder, .xlsx workbook or .csv budget table (default: the bundled 2022 report)')
    .addOption(new Option('--lang <lang>', 'language of labels and messages').choices([...LANGS]).default(lang))
    .option('--header-map <pairs>', 'which header holds a column of the budget table: 금액=요구액,연도=예산연도')
    .option('-q, --quiet', 'no progress and no notes on stderr: only the data and errors', false)
    .addOption(new Option('--color <when>', 'colours: auto (a terminal, unless NO_COLOR), always, never').choices(['auto', 'always', 'never']).default('auto'))
    .addOption(new Option('--ambiguous <width>', 'how the terminal draws △ and ─: narrow or wide').choices(['narrow', 'wide']))
    .option('--debug', 'show a stack trace on unexpected errors', false)
    // commander's English error text is replaced by a sentence in the chosen language (see the catch below).
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .exitOverride();

  const global = (): GlobalOptions => program.opts<GlobalOptions>();
  const run = (action: () => Promise<number>) => async () => {
    try {
      exitCode = await action();
    } catch (e) {
      exitCode = failure(e, global().lang, io, !!global().debug).exit;
    }
  };

  addOutputOptions(
    addOrgOptions(
      program
        .command('budget')
        .description('연도별 소요예산: 사업별·재원별 금액, 시비/구비 비율, 전년 대비 증감, 연차별 표')
        .argument('[year]', 'report year (default: the dataset year)', parseYearArg),
    ),
  ).action((year: number | undefined, opts: BudgetOptions) => run(() => runBudget(year, opts, global(), io))());

  addReportOptions(
    program
      .command('report')
      .description('the annual work-report workbook: 요약, one sheet per project as printed, live totals')
      .argument('[year]', 'report year (default: the dataset year)', parseYearArg),
  ).action((year: number | undefined, opts: ReportOptions) => run(async () => (await import('./commands/report.js')).runReport(year, opts, global(), io))());

  addAchievementOptions(
    program
      .command('achievement')
      .description('목표 대비 실적과 달성률, 대상별 목표, 반기별 실적, 월별 이용자와 일평균')
      .argument('[year]', 'one year (default: every year of the dataset)', parseYearArg),
  ).action((year: number | undefined, opts: AchievementOptions) => run(async () => (await import('./commands/achievement.js')).runAchievement(year, opts, global(), io))());

  addValidateOptions(
    program
      .command('validate')
      .description('모든 합계·제목·세부예산·분할·달성률·일평균·추계·상호참조 검증 (CI에서 쓸 수 있음)')
      .argument('[file]', 'dataset folder, .xlsx, .csv or work report (.txt/.md) to check (same as --data)'),
  ).action((file: string | undefined, opts: ValidateOptions) => run(async () => (await import('./commands/validate.js')).runValidate(file, opts, global(), io))());

  addCalculatorOptions(
    program
      .command('split')
      .description('split a subsidised amount: city = amount × ratio (truncated), district = the rest')
      .argument('<amount>', 'amount to split')
      .requiredOption('-c, --city <ratio>', 'city ratio: 70%, 0.7 or 7:3')
      .option('--upper <source>', 'name of the ratio\'s part (default 시비)', DISTRICT_SOURCES.upper)
      .option('--local <source>', 'name of the rest (default 구비)', DISTRICT_SOURCES.local),
    'down',
  ).action((amount: string, opts: SplitOptions) => run(() => runSplit(amount, opts, global(), io))());

  addCalculatorOptions(
    program
      .command('project')
      .description('project out-years: previous year × (1 + growth), rounded year on year')
      .argument('<amount>', 'the base year amount')
      .requiredOption('-g, --growth <rate>', 'growth a year: 3%, 0.03 or -2%')
      .requiredOption('--from <year>', 'base year', parseYearArg)
      .option('--to <year>', 'last projected year (default: --from + 2)', parseYearArg),
    'half-up',
  ).action((amount: string, opts: ProjectOptions) => run(() => runProject(amount, opts, global(), io))());

  addTemplateOptions(
    program.command('template').description('write an empty input template (xlsx, or a csv folder) with headers, examples, dropdowns and instructions'),
  ).action((opts: TemplateOptions) => run(async () => (await import('./commands/template.js')).runTemplate(opts, global(), io))());

  program
    .command('import')
    .description('write the dataset a work report (.txt/.md text export) states as a dataset folder')
    .argument('<file>', 'the work report')
    .requiredOption('-o, --output <folder>', 'the dataset folder to write')
    .option('--force', 'overwrite existing files', false)
    .action((file: string, opts: { output: string; force?: boolean }) => run(async () => (await import('./commands/import.js')).runImport(file, opts, global(), io))());

  // Last, so that every command registered above gets the localized help and its examples.
  const width = terminalWidth(io);
  localizeHelp(program, lang, width, terminalMeasure(ambiguous === 'wide'));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      const text = usageErrorText(e, lang, argv, program);
      io.stderr(text);
      // --help and --version end here with code 0; usage mistakes get exit 2, in validate's CI format too.
      if (e.exitCode === 0) return EXIT.ok;
      const ci = ciTargetFromArgv(argv, program);
      if (ci) await (await import('./commands/ci-report.js')).reportProblems([{ code: 'usage', message: text.trimEnd().replace(/\n/g, ' ') }], ci, io, { lang, quiet: true }, { started: Date.now() });
      return EXIT.input;
    }
    throw e;
  } finally {
    removeStdinFiles();
  }
  return exitCode;
}

/** validate's machine format and -o, read from the command line before commander could parse it. */
function ciTargetFromArgv(argv: readonly string[], program: Command): CiTarget | undefined {
  const names = new Set(program.commands.map((c) => c.name()));
  if (argv.find((a) => names.has(a)) !== 'validate') return undefined;
  const format = optionFromArgv(argv, ['-f', '--format']);
  if (format !== 'json' && format !== 'github' && format !== 'junit') return undefined;
  const output = optionFromArgv(argv, ['-o', '--output']);
  return { format, force: argv.includes('--force'), ...(output !== undefined ? { output } : {}) };
}

