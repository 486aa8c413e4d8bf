import { closeSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** An output that could not be written; `reason` is the errno code (ENOENT, ENOSPC, …) the catalog explains. */
export class OutputError extends Error {
  constructor(
    readonly kind: 'exists' | 'failed',
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/**
 * Writes a file so that nothing is lost: the bytes go to a temporary file in the same folder, are flushed
 * to disk, and the temporary file then takes the target's name. Without `force` an existing file is refused
 * (link fails atomically if the name is taken meanwhile); with it the rename replaces the file in one step.
 * On any failure (folder missing, a folder by that name, disk full, permission denied) the temporary file
 * is removed and an existing target keeps its bytes.
 */
export async function writeOutput(path: string, data: string | Uint8Array, force: boolean): Promise<void> {
  // Synchronous calls: one file written by a command-line run gains nothing from the event loop, and
  // node:fs/promises would cost every run its loading time (~10 ms), also the runs that print to stdout.
  const existing = lstatOrNull(path);
  if (existing?.isDirectory()) throw new OutputError('failed', path, 'EISDIR');
  if (existing && !force) throw new OutputError('exists', path, 'EEXIST');
  const tmp = join(dirname(path), `.${basename(path)}.${tempSuffix()}.tmp`);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    removeQuietly(tmp);
    throw new OutputError('failed', path, errnoCode(e));
  }
  try {
    if (force) renameSync(tmp, path);
    else placeNew(tmp, path);
  } catch (e) {
    removeQuietly(tmp);
    const code = errnoCode(e);
    throw new OutputError(code === 'EEXIST' ? 'exists' : 'failed', path, code);
  }
}

/** Hard links are missing on some file systems (FAT/exFAT USB sticks): there, a fresh check and a rename. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

function placeNew(tmp: string, path: string): void {
  try {
    linkSync(tmp, path);
  } catch (e) {
    if (!NO_LINKS.has(errnoCode(e))) throw e;
    if (lstatOrNull(path)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    renameSync(tmp, path);
    return;
  }
  unlinkSync(tmp);
}

/** The path's own status, or null when there is nothing to see (missing, or under a file: the write then says why). */
function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or never made: nothing to clean up.
  }
}

function errnoCode(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ?? err.message;
}

let written = 0;

/**
 * Unique to this process and write: the process id, the clock and a counter. The temporary file is opened
 * with O_EXCL ('wx'), so even a name someone else took fails instead of being followed or overwritten;
 * node:crypto's random bytes would add nothing but ~9 ms of loading to every run.
 */
function tempSuffix(): string {
  written++;
  return `${process.pid}.${Date.now().toString(36)}.${written}`;
}
