import { readFileSync, statSync } from 'node:fs';
import type { DocumentPlaces } from '../model/document.js';
import { findingAt, type Finding } from '../model/finding.js';

/**
 * Input that cannot be used at all. It carries the problems found (each located), so the command can
 * list them and exit 2; thrown from load/ (and by render/csv.ts for text CP949 cannot hold), caught only in commands/.
 */
export class InputError extends Error {
  /** When the input was a work report: where its recognised cells are, to name the findings' places by. */
  document?: DocumentPlaces;

  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => `${f.code} ${f.file}${f.cell ? ` ${f.cell}` : ""}`).join("\n"));
  }
}

/** The input error for a file that cannot be opened or read: not found, or the system's reason. */
export function fileProblem(file: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError([findingAt('file-not-found', 'error', { file }, { file })]);
  return new InputError([findingAt('unreadable-file', 'error', { file }, { file, reason: code ?? (e as Error).message })]);
}

/** The largest input file read: a national budget CSV is ~40 MB, so this is far above anything real. */
export const MAX_INPUT_BYTES = 1024 * 2 ** 20;

/**
 * Checks, before a byte is read, that a path names a file that can be read whole: a FIFO would wait for
 * ever, a device (`/dev/zero`) never ends, and a file past `limit` would exhaust memory. Returns its size.
 */
export function regularFile(path: string, file: string, limit = MAX_INPUT_BYTES): number {
  let s;
  try {
    s = statSync(path);
  } catch (e) {
    throw fileProblem(file, e);
  }
  const refuse = (code: string, params: Record<string, string> = {}): never => {
    throw new InputError([findingAt(code, 'error', { file }, { file, ...params })]);
  };
  if (s.isFIFO()) refuse('input-fifo');
  if (s.isCharacterDevice() || s.isBlockDevice()) refuse('input-device');
  if (s.isSocket()) refuse('input-socket');
  if (s.isFile() && s.size > limit) refuse('file-too-big', { size: mib(s.size), limit: mib(limit) });
  return s.size;
}

/** A size in MiB to a tenth, rounded half-up in integers (`3072.0 MiB`). */
export function mib(bytes: number): string {
  const tenths = Math.floor((bytes * 10 + 2 ** 19) / 2 ** 20);
  return `${Math.floor(tenths / 10)}.${tenths % 10} MiB`;
}

/** A file read whole, after regularFile's checks; a system error is the file's one sentence. */
export function wholeFile(path: string, file: string, limit = MAX_INPUT_BYTES): Buffer {
  regularFile(path, file, limit);
  try {
    return readFileSync(path);
  } catch (e) {
    throw fileProblem(file, e);
  }
}
