import { Help, type Argument, type Command, type Option } from 'commander';
import { LANGS, type Lang } from '../i18n/lang.js';
import { isMessageKey, t } from '../i18n/messages.js';
import { wrapText } from '../render/text.js';

/** Help is wrapped at the terminal's width; where it is unknown (a pipe, a file), at the usual 80 columns. */
const DEFAULT_WIDTH = 80;

/** An example's description goes under its command when the two don't fit one line beside the others. */
const EXAMPLE_INDENT = 6;

/**
 * The language asked for on the command line, found before commander parses it: help and usage errors
 * are produced during parsing, so they must know the language first. An unknown value gives the default
 * (commander then reports it as a usage error).
 */
export function langFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv = {}): Lang {
  const value = optionFromArgv(argv, ['--lang']) ?? env.JOBS_REPORT_LANG;
  return value !== undefined && (LANGS as readonly string[]).includes(value) ? (value as Lang) : 'ko';
}

/** The last value given to an option (`--format json`, `--format=json`, `-f json`) before `--`, if any. */
export function optionFromArgv(argv: readonly string[], flags: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    for (const flag of flags) {
      if (arg === flag) found = argv[i + 1];
      else if (flag.startsWith('--') && arg.startsWith(`${flag}=`)) found = arg.slice(flag.length + 1);
    }
  }
  return found;
}

/** A catalog entry named at run time (`help.opt.budget.format`), if the catalog has it. */
function lookup(lang: Lang, key: string): string | undefined {
  return isMessageKey(key) ? t(lang, key) : undefined;
}

const TITLE_KEYS: ReadonlyMap<string, string> = new Map([
  ['Usage:', 'help.title.usage'],
  ['Options:', 'help.title.options'],
  ['Arguments:', 'help.title.arguments'],
  ['Commands:', 'help.title.commands'],
  ['Global Options:', 'help.title.global'],
]);

/**
 * Help in the chosen language, from the one catalog: a command's purpose is `help.cmd.<name>`, an option's
 * `help.opt.<command>.<option>` or else `help.opt.<option>`, an argument's likewise (`help.arg.…`);
 * what the code says is the fallback. Defaults, choices and "required" are appended in the same language.
 * Call it after every command is registered: each gets this help, and its examples from
 * `help.examples.<name>` under the option list.
 */
export function localizeHelp(program: Command, lang: Lang, width: number | undefined, measure: (text: string) => number): void {
  const helpWidth = width ?? DEFAULT_WIDTH;
  for (const cmd of [program, ...program.commands]) {
    cmd.configureHelp(helpConfig(lang, helpWidth, measure));
    const examples = lookup(lang, `help.examples.${cmd.name()}`);
    if (examples !== undefined) cmd.addHelpText('after', `\n${t(lang, 'help.title.examples')}\n${exampleLines(examples, helpWidth, measure).join('\n')}\n`);
  }
}

/**
 * The catalog's examples (`  command   what it shows`, one a line) with the descriptions aligned by display
 * width, or, when a line would be wider than the help, each description under its command.
 */
export function exampleLines(examples: string, width: number, measure: (text: string) => number): string[] {
  const items = examples.split('\n').map((line) => {
    const [command, ...rest] = line.trim().split(/ {2,}/);
    return { command: command!, description: rest.join(' ') };
  });
  const described = items.filter((i) => i.description !== '');
  const commandWidth = Math.max(0, ...described.map((i) => measure(i.command)));
  const fits = described.every((i) => 2 + commandWidth + 2 + measure(i.description) <= width);
  return items.flatMap(({ command, description }) => {
    if (description === '') return [`  ${command}`];
    if (fits) return [`  ${command}${' '.repeat(commandWidth - measure(command) + 2)}${description}`];
    return [`  ${command}`, ...wrapText(description, width - EXAMPLE_INDENT, measure).map((l) => ' '.repeat(EXAMPLE_INDENT) + l)];
  });
}

function helpConfig(lang: Lang, helpWidth: number, measure: (text: string) => number): Partial<Help> {
  const helper = new Help();
  const localUsage = (usage: string) => usage.replace('[options]', t(lang, 'help.usage.options')).replace('[command]', t(lang, 'help.usage.command'));
  // formatHelp is told the command; the per-option hooks are not, so it is remembered here.
  let current = '';
  const extras = (parts: (string | undefined)[]): string => {
    const shown = parts.filter((p): p is string => p !== undefined);
    return shown.length > 0 ? ` (${shown.join(', ')})` : '';
  };
  const defaultText = (value: unknown, description: string | undefined): string | undefined => {
    if (description !== undefined) return t(lang, 'help.default', { value: description });
    if (value === undefined || typeof value === 'boolean') return undefined;
    return t(lang, 'help.default', { value: String(value) });
  };
  const choicesText = (choices: readonly string[] | undefined): string | undefined =>
    choices ? t(lang, 'help.choices', { values: choices.join(', ') }) : undefined;
  return {
    helpWidth,
    showGlobalOptions: true,
    // Hangul takes two columns: commander counts characters, which would wrap Korean lines far too late.
    displayWidth: measure,
    // By display width, and inside a word longer than the line (Korean runs like 합계·소요예산·세부예산 have no spaces).
    boxWrap: (text: string, width: number) =>
      text
        .split('\n')
        .flatMap((line) => wrapText(line, width, measure))
        .join('\n'),
    // `[options] [command]` in the reader's language, like the rest of the usage line.
    commandUsage: (cmd: Command) => localUsage(Help.prototype.commandUsage.call(helper, cmd)),
    subcommandTerm: (cmd: Command) => localUsage(Help.prototype.subcommandTerm.call(helper, cmd)),
    formatHelp(cmd: Command, helper: Help): string {
      current = cmd.name();
      return Help.prototype.formatHelp.call(this, cmd, helper);
    },
    styleTitle: (title: string) => {
      const key = TITLE_KEYS.get(title);
      return key !== undefined ? (lookup(lang, key) ?? title) : title;
    },
    commandDescription: (cmd: Command) => lookup(lang, `help.cmd.${cmd.name()}`) ?? cmd.description(),
    subcommandDescription: (cmd: Command) => lookup(lang, `help.cmd.${cmd.name()}`) ?? (cmd.summary() || cmd.description()),
    optionDescription: (option: Option) => {
      const name = option.attributeName();
      const text = lookup(lang, `help.opt.${current}.${name}`) ?? lookup(lang, `help.opt.${name}`) ?? option.description;
      return text + extras([
        option.mandatory ? t(lang, 'help.required') : undefined,
        choicesText(option.argChoices),
        defaultText(option.defaultValue, option.defaultValueDescription),
      ]);
    },
    argumentDescription: (argument: Argument) => {
      const name = argument.name();
      const text = lookup(lang, `help.arg.${current}.${name}`) ?? lookup(lang, `help.arg.${name}`) ?? argument.description;
      return text + extras([choicesText(argument.argChoices), defaultText(argument.defaultValue, argument.defaultValueDescription)]);
    },
  };
}
