import { basename } from 'node:path';
import type { Command } from 'commander';
import { t } from '../i18n/messages.js';
import type { BudgetLayout } from '../load/budget-table.js';
import { inputTemplate } from '../load/input-template.js';
import { renderTemplateCsv } from '../render/template-csv.js';
import { templateInstructions } from '../render/template-instructions.js';
import { writeFolder } from '../render/write-folder.js';
import { writeOutput } from '../render/write-output.js';
import { choice, EXIT, parseYearArg, type GlobalOptions, type Io } from './common.js';
import type { TemplateOptions } from './options.js';

/**
 * `template -o FILE`: an empty input workbook for a colleague to fill in, or with `--format csv` a folder
 * of CSV files. The year (default: this year, from the clock) places the example rows and the year lists.
 */
export async function runTemplate(opts: TemplateOptions, global: GlobalOptions, io: Io, today: Date = new Date()): Promise<number> {
  const { lang } = global;
  const template = inputTemplate(opts.year ?? today.getFullYear(), opts.layout, opts.format);
  const instructions = templateInstructions(template, opts.format, basename(opts.output), lang);
  if (opts.format === 'xlsx') {
    const { renderTemplateXlsx } = await import('../render/template-xlsx.js');
    await writeOutput(opts.output, await renderTemplateXlsx(template, instructions, t(lang, 'template.instructions-sheet')), !!opts.force);
  } else {
    writeFolder(opts.output, renderTemplateCsv(template, instructions, t(lang, 'template.instructions-file')), !!opts.force);
  }
  io.stderr(t(lang, 'template.written', { path: opts.output, count: template.tables.length }) + '\n');
  return EXIT.ok;
}
