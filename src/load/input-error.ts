import { findingAt, type Finding } from '../model/finding.js';

/**
 * Input that cannot be used at all. It carries the problems found (each located), so the command can
 * list them and exit 2; thrown only from load/, caught only in commands/.
 */
export class InputError extends Error {
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
