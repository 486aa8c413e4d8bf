import type { Lang } from '../i18n/lang.js';
import { isMessageKey, t, type MessageKey } from '../i18n/messages.js';
import type { InputTemplate } from '../model/input-template.js';
import { displayWidth } from './display-width.js';

export interface Instructions {
  title: string;
  steps: string[];
  /** Head of the table of sheets (or files) and what each holds. */
  head: [string, string];
  parts: [string, string][];
}

/**
 * What the colleague filling in the template reads first: how to fill it in, how to check it, and what
 * each sheet (or file) holds. `file` is the name the template was written as, for the commands to type.
 */
export function templateInstructions(template: InputTemplate, form: 'xlsx' | 'csv', file: string, lang: Lang): Instructions {
  const steps: MessageKey[] = [
    'template.step.headers',
    form === 'xlsx' ? 'template.step.examples' : 'template.step.examples-csv',
    'template.step.amounts',
    form === 'xlsx' ? 'template.step.lists' : 'template.step.csv',
    'template.step.totals',
    'template.step.optional',
  ];
  return {
    title: t(lang, 'template.title', { year: template.year }),
    steps: [...steps.map((k, i) => `${i + 1}. ${t(lang, k)}`), `${steps.length + 1}. ${t(lang, 'template.step.check', { file })}`],
    head: [t(lang, form === 'xlsx' ? 'template.head.sheet' : 'template.head.file'), t(lang, 'template.head.about')],
    parts: template.tables.map((table) => [form === 'xlsx' ? table.sheet : table.file, isMessageKey(table.about) ? t(lang, table.about) : table.about]),
  };
}

/** The instructions as plain text (the CSV folder's 설명.txt). */
export function instructionsText(ins: Instructions): string {
  const width = Math.max(...ins.parts.map(([name]) => displayWidth(name)), displayWidth(ins.head[0]));
  const row = ([a, b]: [string, string]) => `${a}${' '.repeat(width - displayWidth(a))}  ${b}`;
  return [ins.title, '', ...ins.steps, '', row(ins.head), ...ins.parts.map(row), ''].join('\n');
}
