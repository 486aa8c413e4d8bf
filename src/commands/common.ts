import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { isMessageKey, t, type MessageKey } from '../i18n/messages.js';
import { relocateToDocument } from '../render/document-place.js';
import { InputError } from '../formats/input-error.js';
import type { Finding } from '../model/finding.js';
import { loadDataset, type DatasetNeed, type LoadResult } from '../load/dataset.js';
import { renderFindingLines } from '../render/findings-text.js';
import { InexactCellNumber } from '../render/cell-number.js';
import { CellTooLong, EXCEL_CELL_CHARS } from '../render/cell-guard.js';
import type { Producer } from '../render/json-writer.js';
import { OutputError, writeOutput } from '../render/write-output.js';
import { packageRoot } from '../package-root.js';
import { inputProblems, type Problem } from '../render/problems.js';
import { progressLine } from './progress.js';
import { parseHeaderMap } from '../parse/header-map.js';
import { MAPPED_CONCEPTS } from '../parse/header-words.js';
import { stdinFile } from './stdin.js';
import type { ColorWhen } from './terminal.js';

/** Exit codes, as the README documents them. */
export const EXIT = { ok: 0, findings: 1, input: 2, output: 3 } as const;

/** The bundled dataset: the department's 2022 report, transcribed. */
export const BUNDLED_DATA = join(packageRoot(), 'fixtures', 'geumcheon-2022');

export interface GlobalOptions {
  data?: string;
  lang: Lang;
  debug?: boolean;
  /** No progress and no notes on stderr: only the data and errors. */
  quiet?: boolean;
  color?: ColorWhen;
  /** How the terminal draws East Asian ambiguous characters (△, ─); JOBS_REPORT_AMBIGUOUS otherwise. */
  ambiguous?: 'narrow' | 'wide';
  /** `--header-map 금액=요구액,연도=예산연도`: which header holds a concept in the budget table. */
  headerMap?: string;
}

export interface Io {
  /** Text, or bytes written as they are (UTF-8 JSON chunks, a CP949 CSV); bytes may be reused once it returns. */
  stdout: (data: string | Uint8Array) => void;
  stderr: (text: string) => void;
  stdoutIsTty: boolean;
  /** Standard input, read only for `--data -`. */
  stdin?: () => AsyncIterable<Uint8Array>;
  /** The terminal's width in columns, asked only when needed (stdout a terminal and no COLUMNS). */
  columns?: () => number | undefined;
  /** Progress of long work is shown only on a terminal; absent means not one. */
  stderrIsTty?: boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * Loads `--data` (`-` is a CSV budget table on standard input), or the bundled dataset with one line on
 * stderr saying so. --quiet keeps the notes, the warnings and the progress line off stderr.
 */
export async function loadData(opts: GlobalOptions, io: Io, need: DatasetNeed = 'all'): Promise<LoadResult> {
  if (opts.data === undefined) note(io, opts, t(opts.lang, 'using-bundled', { path: 'fixtures/geumcheon-2022' }));
  const progress = io.stderrIsTty && !opts.quiet ? progressLine(io, opts.lang) : undefined;
  const path = opts.data === STDIN ? await stdinFile(io) : (opts.data ?? BUNDLED_DATA);
  const result = await loadDataset(path, need, progress?.update, headerMapOption(opts.headerMap));
  progress?.done();
  printWarnings(result.warnings, opts, io);
  return result;
}

/** `--header-map`'s pairs (none when it is not given); a pair that cannot be one is a usage error naming it. */
function headerMapOption(text: string | undefined): Map<string, string> {
  if (text === undefined) return new Map();
  const parsed = parseHeaderMap(text.split(','));
  if ('map' in parsed) return parsed.map;
  throw new UsageError(`bad-header-map.${parsed.reason}`, { place: '--header-map', value: parsed.bad, concepts: Object.keys(MAPPED_CONCEPTS).join(', ') });
}

/** Notes of a load that did not stop it, one line each on stderr (--quiet leaves them out). */
export function printWarnings(warnings: readonly Finding[], opts: GlobalOptions, io: Io): void {
  for (const w of warnings) note(io, opts, renderFindingLines([w], opts.lang).join('\n'));
}

/** The files a load read: an output that is one of them is refused (writeOutput). */
export function inputsOf(loaded: LoadResult): string[] {
  return loaded.source.files();
}

/** `-` for a path: standard input (`--data -`) or standard output (`-o -`). */
export const STDIN = '-';

/** A line on stderr that --quiet leaves out (notes, warnings, confirmations; never errors). */
export function note(io: Io, opts: GlobalOptions, line: string): void {
  if (!opts.quiet) io.stderr(line + '\n');
}

/**
 * Writes the result to `-o FILE` (safely, never over one of `inputs`, with one line on stderr saying so) or
 * to stdout (no -o, or `-o -`).
 */
export async function emit(data: string | Uint8Array | Producer, output: string | undefined, force: boolean, io: Io, global: GlobalOptions, inputs: readonly string[] = []): Promise<void> {
  if (output === undefined || output === STDIN) {
    // A failed write of stdout itself (a full disk behind `>`) is an output error; the producer's own errors stay theirs.
    const write = (chunk: string | Uint8Array): void => {
      try {
        io.stdout(chunk);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (typeof code === 'string') throw new OutputError('stdout', '-', code);
        throw e;
      }
    };
    if (typeof data === 'function') data(write);
    else write(data);
    return;
  }
  await writeOutput(output, data, force, inputs);
  note(io, global, t(global.lang, 'written', { file: output }));
}

/** What stopped a command: its exit code, and the problems as data for the CI formats. */
export interface Failure {
  exit: number;
  problems: Problem[];
}

/**
 * Turns the failures a command can meet into sentences on stderr, an exit code and the problems as data;
 * anything else is a bug (its message, and with --debug its stack).
 */
export function failure(e: unknown, lang: Lang, io: Io, debug: boolean): Failure {
  if (e instanceof InputError) {
    if (e.document) relocateToDocument(e.findings, e.document, lang);
    io.stderr(renderFindingLines(e.findings, lang).join('\n') + '\n');
    return { exit: EXIT.input, problems: inputProblems(e.findings, lang) };
  }
  const { exit, problem } = oneProblem(e, lang, debug);
  io.stderr(problem.message + '\n');
  if (debug && !(e instanceof OutputError || e instanceof UsageError || e instanceof InexactCellNumber || e instanceof CellTooLong) && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
  return { exit, problems: [problem] };
}

function oneProblem(e: unknown, lang: Lang, debug: boolean): { exit: number; problem: Problem } {
  if (e instanceof OutputError) {
    const reasonKey = `reason.${e.reason}`;
    const reason = isMessageKey(reasonKey) ? t(lang, reasonKey) : e.reason;
    if (e.kind === 'input') return { exit: EXIT.output, problem: { code: 'output-is-input', file: e.file, message: t(lang, 'output-is-input', { file: e.file, input: e.reason }) } };
    if (e.kind === 'partial') return { exit: EXIT.output, problem: { code: 'output-partial', file: e.file, message: t(lang, 'output-partial', { file: e.file, reason, written: e.written.join(', ') }) } };
    const key = e.kind === 'exists' ? 'output-exists' : e.kind === 'stdout' ? 'stdout-failed' : 'output-failed';
    return { exit: EXIT.output, problem: { code: key, ...(e.kind === 'stdout' ? {} : { file: e.file }), message: t(lang, key, { file: e.file, reason }) } };
  }
  if (e instanceof UsageError) return { exit: EXIT.input, problem: { code: e.key, message: t(lang, e.key, e.params) } };
  // Figures or text the format cannot hold: nothing failed to be written, so not exit 3 (kept for a failed write).
  if (e instanceof InexactCellNumber) return { exit: EXIT.input, problem: { code: 'xlsx-inexact-number', message: t(lang, 'xlsx-inexact-number', { value: e.value }) } };
  if (e instanceof CellTooLong) {
    return { exit: EXIT.input, problem: { code: 'xlsx-cell-too-long', message: t(lang, 'xlsx-cell-too-long', { sheet: e.sheet, cell: e.cell, length: e.length, limit: EXCEL_CELL_CHARS }) } };
  }
  // Memory ran out (a string or buffer past what V8 allows, WebAssembly memory that cannot grow): the input
  // is too large to read, said as such, never an internal error. The library's words follow --debug only.
  if (isAllocationFailure(e)) return { exit: EXIT.input, problem: { code: 'input-too-large-for-memory', message: t(lang, 'input-too-large-for-memory', {}) } };
  // With --debug the stack follows: no need to point to --debug.
  const key = debug ? 'unexpected-debug' : 'unexpected';
  return { exit: EXIT.input, problem: { code: 'unexpected', message: t(lang, key, { reason: (e as Error)?.message ?? String(e) }) } };
}

function isAllocationFailure(e: unknown): boolean {
  return e instanceof RangeError && /Invalid string length|Array buffer allocation failed|Invalid typed array length|Memory\.grow|Maximum call stack/i.test(e.message);
}

/** A bad argument found after parsing (e.g. a year the data doesn't have). */
export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string>,
  ) {
    super(key);
  }
}

/** commander argument parser for choices, with the allowed values in the message. */
export function choice<T extends string>(allowed: readonly T[]): (value: string) => T {
  return (value: string) => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`${allowed.join(', ')}`);
  };
}

export function parseYearArg(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError('2022');
  return Number(value);
}
