import { Help, type Argument, type Command, type Option } from 'commander';
import { LANGS, type Lang } from '../i18n/lang.js';
import { isMessageKey, t } from '../i18n/messages.js';
import { displayWidth } from '../render/display-width.js';

/** Help lines are wrapped at this width whatever the terminal, so that help reads (and snapshots) the same everywhere. */
const HELP_WIDTH = 100;

/**
 * The language asked for on the command line, found before commander parses it: help and usage errors
 * are produced during parsing, so they must know the language first. An unknown value gives the default
 * (commander then reports it as a usage error).
 */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) return (LANGS as readonly string[]).includes(value) ? (value as Lang) : 'ko';
  }
  return 'ko';
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
export function localizeHelp(program: Command, lang: Lang): void {
  for (const cmd of [program, ...program.commands]) {
    cmd.configureHelp(helpConfig(lang));
    const examples = lookup(lang, `help.examples.${cmd.name()}`);
    if (examples !== undefined) cmd.addHelpText('after', `\n${t(lang, 'help.title.examples')}\n${examples}\n`);
  }
}

function helpConfig(lang: Lang): Partial<Help> {
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
    helpWidth: HELP_WIDTH,
    showGlobalOptions: true,
    // Hangul takes two columns: commander counts characters, which would wrap Korean lines far too late.
    displayWidth,
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
