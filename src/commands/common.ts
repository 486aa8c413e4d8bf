import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { isMessageKey, t, type MessageKey } from '../i18n/messages.js';
import { InputError } from '../load/input-error.js';
import type { Finding } from '../model/finding.js';
import { loadDataset, type DatasetNeed, type LoadResult } from '../load/dataset.js';
import { renderFindingLines } from '../render/findings-text.js';
import { InexactCellNumber } from '../render/cell-number.js';
import { CellTooLong, EXCEL_CELL_CHARS } from '../render/cell-guard.js';
import type { Producer } from '../render/json-writer.js';
import { OutputError, writeOutput } from '../render/write-output.js';
import { packageRoot } from '../package-root.js';
import { progressLine } from './progress.js';

/** Exit codes, as the README documents them. */
export const EXIT = { ok: 0, findings: 1, input: 2, output: 3 } as const;

/** The bundled dataset: the department's 2022 report, transcribed. */
export const BUNDLED_DATA = join(packageRoot(), 'fixtures', 'geumcheon-2022');

export interface GlobalOptions {
  data?: string;
  lang: Lang;
  debug?: boolean;
}

export interface Io {
  /** Text, or bytes written as they are (UTF-8 JSON chunks, a CP949 CSV); bytes may be reused once it returns. */
  stdout: (data: string | Uint8Array) => void;
  stderr: (text: string) => void;
  stdoutIsTty: boolean;
  /** Progress of long work is shown only on a terminal; absent means not one. */
  stderrIsTty?: boolean;
  env: NodeJS.ProcessEnv;
}

/** Loads `--data`, or the bundled dataset with one line on stderr saying so. */
export async function loadData(opts: GlobalOptions, io: Io, need: DatasetNeed = 'all'): Promise<LoadResult> {
  if (opts.data === undefined) io.stderr(t(opts.lang, 'using-bundled', { path: 'fixtures/geumcheon-2022' }) + '\n');
  const progress = io.stderrIsTty ? progressLine(io, opts.lang) : undefined;
  const result = await loadDataset(opts.data ?? BUNDLED_DATA, need, progress?.update);
  progress?.done();
  printWarnings(result.warnings, opts.lang, io);
  return result;
}

/** Notes of a load that did not stop it, one line each on stderr. */
export function printWarnings(warnings: readonly Finding[], lang: Lang, io: Io): void {
  for (const w of warnings) io.stderr(renderFindingLines([w], lang).join('\n') + '\n');
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(io: Io): boolean {
  return io.stdoutIsTty && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && io.env.TERM !== 'dumb';
}

/** The files a load read: an output that is one of them is refused (writeOutput). */
export function inputsOf(loaded: LoadResult): string[] {
  return loaded.source.files();
}

/** Writes the result to `-o FILE` (safely, never over one of `inputs`) or to stdout. */
export async function emit(data: string | Uint8Array | Producer, output: string | undefined, force: boolean, io: Io, inputs: readonly string[] = []): Promise<void> {
  if (output === undefined) {
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
}

/** Turns the failures a command can meet into a sentence on stderr and an exit code; anything else is a bug. */
export function failure(e: unknown, lang: Lang, io: Io, debug: boolean): number {
  if (e instanceof InputError) {
    io.stderr(renderFindingLines(e.findings, lang).join('\n') + '\n');
    return EXIT.input;
  }
  if (e instanceof OutputError) {
    const reasonKey = `reason.${e.reason}`;
    const reason = isMessageKey(reasonKey) ? t(lang, reasonKey) : e.reason;
    if (e.kind === 'input') io.stderr(t(lang, 'output-is-input', { file: e.file, input: e.reason }) + '\n');
    else if (e.kind === 'partial') io.stderr(t(lang, 'output-partial', { file: e.file, reason, written: e.written.join(', ') }) + '\n');
    else io.stderr(t(lang, e.kind === 'exists' ? 'output-exists' : e.kind === 'stdout' ? 'stdout-failed' : 'output-failed', { file: e.file, reason }) + '\n');
    return EXIT.output;
  }
  if (e instanceof UsageError) {
    io.stderr(t(lang, e.key, e.params) + '\n');
    return EXIT.input;
  }
  // Figures or text the format cannot hold: nothing failed to be written, so not exit 3 (kept for a failed write).
  if (e instanceof InexactCellNumber) {
    io.stderr(t(lang, 'xlsx-inexact-number', { value: e.value }) + '\n');
    return EXIT.input;
  }
  if (e instanceof CellTooLong) {
    io.stderr(t(lang, 'xlsx-cell-too-long', { sheet: e.sheet, cell: e.cell, length: e.length, limit: EXCEL_CELL_CHARS }) + '\n');
    return EXIT.input;
  }
  // Memory ran out (a string or buffer past what V8 allows, WebAssembly memory that cannot grow): the input
  // is too large to read, said as such, never an internal error. The library's words follow --debug only.
  if (isAllocationFailure(e)) {
    io.stderr(t(lang, 'input-too-large-for-memory', {}) + '\n');
    if (debug && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
    return EXIT.input;
  }
  // With --debug the stack follows: no need to point to --debug.
  io.stderr(t(lang, debug ? 'unexpected-debug' : 'unexpected', { reason: (e as Error)?.message ?? String(e) }) + '\n');
  if (debug && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
  return EXIT.input;
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
