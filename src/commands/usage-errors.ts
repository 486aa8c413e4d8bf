import type { Command, CommanderError } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { t, type MessageKey } from '../i18n/messages.js';

/** commander's own exits that are not mistakes, or whose text (help) is already out. */
const SILENT = new Set(['commander.help', 'commander.helpDisplayed', 'commander.version']);

/**
 * commander reports usage mistakes in English; this gives the same report as one sentence in the chosen
 * language, from the error's code and the names quoted in commander's message (its wording is stable
 * within a major version). Anything unrecognised keeps commander's own text inside a catalog sentence.
 * Ends with where to find the command's help. Empty for help and version, which are not errors.
 */
export function usageErrorText(e: CommanderError, lang: Lang, argv: readonly string[], program: Command): string {
  if (SILENT.has(e.code)) return '';
  const message = e.message.replace(/^error:\s*/, '');
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const suggestion = /\(Did you mean (?:one of )?(.+)\?\)/.exec(message)?.[1];
  const sentence = (key: MessageKey, params: Record<string, string>) => t(lang, key, params);
  let text: string;
  switch (e.code) {
    case 'commander.unknownOption':
      text = sentence('usage.unknown-option', { option: quoted[0] ?? '' });
      break;
    case 'commander.unknownCommand':
      text = sentence('usage.unknown-command', { command: quoted[0] ?? '' });
      break;
    case 'commander.missingArgument':
      text = sentence('usage.missing-argument', { argument: quoted[0] ?? '' });
      break;
    case 'commander.optionMissingArgument':
      text = sentence('usage.option-missing-argument', { option: longFlag(quoted[0]) });
      break;
    case 'commander.missingMandatoryOptionValue':
      text = sentence('usage.missing-option', { option: longFlag(quoted[0]) });
      break;
    case 'commander.excessArguments':
      text = sentence('usage.excess-arguments', {});
      break;
    case 'commander.invalidArgument':
      text = invalidArgument(message, quoted, lang);
      break;
    default:
      text = sentence('usage.other', { reason: message });
  }
  const lines = [text];
  if (suggestion !== undefined) lines.push(t(lang, 'usage.did-you-mean', { suggestion }));
  lines.push(t(lang, 'usage.see-help', { command: commandPath(argv, program) }));
  return lines.join('\n') + '\n';
}

/** `option '-f, --format <format>' argument 'x' is invalid. table, csv` or the same for a command argument. */
function invalidArgument(message: string, quoted: string[], lang: Lang): string {
  const after = /is invalid(?: for argument '[^']*')?\.\s*(.*)$/s.exec(message)?.[1] ?? '';
  const allowed = /^Allowed choices are (.*)\.$/.exec(after)?.[1] ?? after;
  const isOption = message.startsWith('option ');
  const name = isOption ? longFlag(quoted[0]) : (quoted[1] ?? '');
  const value = (isOption ? quoted[1] : quoted[0]) ?? '';
  // A list is the allowed values (`table, csv, json`); one value is an example of the form (`2022`).
  if (allowed.includes(',')) return t(lang, 'bad-option', { option: name, value, allowed });
  return t(lang, 'usage.bad-argument', { argument: name, value, example: allowed });
}

/** `-f, --format <format>` → `--format`. */
function longFlag(flags: string | undefined): string {
  if (flags === undefined) return '';
  return /--[\w-]+/.exec(flags)?.[0] ?? flags.split(/[ ,]/)[0]!;
}

/** `jobs-report budget` when the command line names a command, else `jobs-report`. */
function commandPath(argv: readonly string[], program: Command): string {
  const names = new Set(program.commands.map((c) => c.name()));
  const sub = argv.find((a) => names.has(a));
  return sub === undefined ? program.name() : `${program.name()} ${sub}`;
}
