import type { Command } from 'commander';
import type { CheckContext } from '../check/rule.js';
import { keepOrgs } from '../check/org-filter.js';
import { runChecks } from '../check/registry.js';
import { indicatorOrgs } from '../compute/indicator-orgs.js';
import { loadHolidays } from '../load/holidays.js';
import { isUnknownLayout, loadLooseTables } from '../load/loose-tables.js';
import type { InputError } from '../formats/input-error.js';
import type { Dataset } from '../model/dataset.js';
import { summarize } from '../render/validate-message.js';
import { renderValidateGithub } from '../render/validate-github.js';
import { renderValidateJson } from '../render/validate-json.js';
import { renderValidateJunit } from '../render/validate-junit.js';
import { renderValidateText } from '../render/validate-text.js';
import { BUNDLED_DATA, emit, EXIT, failure, inputsOf, loadData, printWarnings, STDIN, type GlobalOptions, type Io } from './common.js';
import { dataFile, junitRun, reportProblems, stepSummary, workspacePath } from './ci-report.js';
import { terminalView } from './terminal.js';
import { renderValidateMarkdown } from '../render/validate-markdown.js';
import { relocateToDocument } from '../render/document-place.js';
import type { DocumentPlaces } from '../model/document.js';
import type { ValidateOptions } from './options.js';
import { askedOrgs } from './org-options.js';

/**
 * `validate [FILE]`: every rule over the dataset (FILE is the same as --data). A file that is not a
 * dataset is checked as plain tables. Exit 1 on errors (or warnings with --strict), 0 otherwise.
 * `--org` keeps the checks of those organisations and those tied to none; `--by org` groups the text by
 * organisation (the other formats carry each finding's `org` as data and in its message).
 */
export async function runValidate(file: string | undefined, opts: ValidateOptions, global: GlobalOptions, io: Io): Promise<number> {
  const started = Date.now();
  const options = file === undefined ? global : { ...global, data: file };
  const dataPath = options.data ?? BUNDLED_DATA;
  try {
    return await validate(options, opts, io, started, dataPath);
  } catch (e) {
    if (opts.format === 'text') throw e;
    // What stopped the run, in the chosen format too: CI shows it where it shows the findings.
    const f = failure(e, global.lang, io, !!global.debug);
    await reportProblems(f.problems, { format: opts.format, ...(opts.output !== undefined ? { output: opts.output } : {}), force: !!opts.force }, io, global, { started, dataPath });
    return f.exit;
  }
}

async function validate(options: GlobalOptions, opts: ValidateOptions, io: Io, started: number, dataPath: string): Promise<number> {
  const { dataset, inputs, document } = await loadForValidate(options, io);
  if (opts.basisRounding) dataset.info.rules.basisRounding = opts.basisRounding;
  // The organisations the data names, its budget lines' first, then its targets': --org must name one of them.
  const known = [...new Set([...dataset.budget.orgs.filter((o) => o !== ''), ...indicatorOrgs(dataset.indicators)])];
  const asked = askedOrgs(opts.org, known);
  const all = runChecks(dataset, { ...(await checkContext(dataset)), infer: opts.infer !== false });
  const { checks, findings } = asked ? keepOrgs(all, asked) : all;
  // A work report: each place named as the document shows it, not as the tables recognised in it.
  if (document) relocateToDocument([...checks, ...findings], document, options.lang);
  const projects = new Map(dataset.projects.map((p) => [p.id, p.name]));
  const tables = dataset.tables.map((t) => t.title);
  const { lang } = options;
  // Files as the repository knows them, for the CI formats (relative to GITHUB_WORKSPACE when set).
  const pathOf = (f: string) => workspacePath(io.env, dataFile(dataPath, f));
  let text: string;
  if (opts.format === 'json') text = renderValidateJson(checks, findings, lang);
  else if (opts.format === 'junit') text = renderValidateJunit(checks, lang, !!opts.strict, junitRun(started, pathOf));
  else if (opts.format === 'github') {
    text = renderValidateGithub(checks, findings, lang, pathOf);
    stepSummary(io, renderValidateMarkdown(checks, findings, [], lang));
  } else {
    const orgs = opts.by === 'org' ? { orgs: known.filter((o) => !asked || asked.includes(o)) } : {};
    const view = await terminalView(io, options, opts.output === undefined || opts.output === STDIN);
    text = renderValidateText({ checks, findings, projects, tables, ...orgs }, lang, view.styles, view);
  }
  await emit(text, opts.output, !!opts.force, io, options, inputs);
  const s = summarize(checks, findings);
  return s.errors > 0 || (opts.strict && s.warnings > 0) ? EXIT.findings : EXIT.ok;
}

/** The dataset, or the file as plain tables, and the files read (never to be overwritten by -o). */
async function loadForValidate(options: GlobalOptions, io: Io): Promise<{ dataset: Dataset; inputs: string[]; document?: DocumentPlaces }> {
  try {
    const loaded = await loadData(options, io);
    const document = loaded.source.document;
    return { dataset: loaded.dataset, inputs: inputsOf(loaded), ...(document ? { document } : {}) };
  } catch (e) {
    if (options.data !== undefined && isUnknownLayout(e)) {
      const { dataset, warnings } = await loadLooseTables(options.data);
      // A budget book lacking a column is checked as plain tables, but not without saying why it is no book.
      const book = (e as InputError).findings.filter((f) => f.code === 'unknown-layout' && f.params.variant === 'book');
      printWarnings([...book.map((f) => ({ ...f, severity: 'warning' as const })), ...warnings], options, io);
      return { dataset, inputs: [options.data] };
    }
    throw e;
  }
}

/** Holidays of every year the usage tables cover: a year the holiday data does not cover is an input error. */
export async function checkContext(dataset: Dataset): Promise<CheckContext> {
  const years = new Set(dataset.usage.flatMap((f) => f.months.map((m) => m.year)));
  const holidays = new Map<number, ReadonlySet<string>>();
  for (const year of years) holidays.set(year, await loadHolidays(year));
  return { holidays };
}
