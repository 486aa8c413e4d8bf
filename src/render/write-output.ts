import { closeSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nodeCrypto } from '../vendor/lazy-modules.js';
import type { Producer } from './json-writer.js';

/**
 * An output that could not be written; `reason` is the errno code (ENOENT, ENOSPC, …) the catalog explains.
 * Kind 'stdout': standard output itself failed (a full disk behind a redirect), never to be passed over.
 */
export class OutputError extends Error {
  constructor(
    readonly kind: 'exists' | 'failed' | 'stdout',
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
export async function writeOutput(path: string, data: string | Uint8Array | Producer, force: boolean): Promise<void> {
  // Synchronous calls: one file written by a command-line run gains nothing from the event loop, and
  // node:fs/promises would cost every run its loading time (~10 ms), also the runs that print to stdout.
  const existing = lstatOrNull(path);
  if (existing?.isDirectory()) throw new OutputError('failed', path, 'EISDIR');
  if (existing && !force) throw new OutputError('exists', path, 'EEXIST');
  let opened: { tmp: string; fd: number };
  try {
    opened = openTemp(path);
  } catch (e) {
    throw new OutputError('failed', path, errnoCode(e));
  }
  const { tmp, fd } = opened;
  try {
    try {
      // A producer's chunks in order, each from where the last ended.
      if (typeof data === 'function') data((chunk) => writeFileSync(fd, chunk));
      else writeFileSync(fd, data);
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

/**
 * Opens a new temporary file beside the target, named with random bytes. It is opened with O_EXCL ('wx'),
 * so a name someone else took is never followed or overwritten: another name is drawn instead. node:crypto
 * is required here, when a file is written, not on every run (~9 ms).
 */
function openTemp(path: string): { tmp: string; fd: number } {
  for (let attempt = 1; ; attempt++) {
    const tmp = join(dirname(path), `.${basename(path)}.${nodeCrypto().randomBytes(6).toString('hex')}.tmp`);
    try {
      return { tmp, fd: openSync(tmp, 'wx') };
    } catch (e) {
      if (errnoCode(e) !== 'EEXIST' || attempt === 5) throw e;
    }
  }
}
