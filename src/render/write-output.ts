import { closeSync, fsyncSync, linkSync, lstatSync, openSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nodeCrypto } from '../vendor/lazy-modules.js';
import type { Producer } from './json-writer.js';
import { inputAt } from './output-inputs.js';

/**
 * An output that could not be written; `reason` is the errno code (ENOENT, ENOSPC, …) the catalog explains.
 * Kind 'stdout': standard output itself failed (a full disk behind a redirect), never to be passed over.
 * Kind 'input': the output is one of the run's inputs; `reason` is that input as the user named it.
 * Kind 'partial': files of a folder were being moved in when one failed; `written` lists those moved.
 */
export class OutputError extends Error {
  constructor(
    readonly kind: 'exists' | 'failed' | 'stdout' | 'input' | 'partial',
    readonly file: string,
    readonly reason: string,
    readonly written: readonly string[] = [],
  ) {
    super(`${file}: ${reason}`);
  }
}

/**
 * Writes a file so that nothing is lost: the bytes go to a temporary file in the same folder, are flushed
 * to disk, and the temporary file then takes the target's name. Without `force` an existing file is refused
 * (link fails atomically if the name is taken meanwhile); with it the rename replaces the file in one step.
 * On any failure (folder missing, a folder by that name, disk full, permission denied) the temporary file
 * is removed and an existing target keeps its bytes. A path that is one of `inputs` (however named) is
 * refused even with `force`. A device or a pipe (`/dev/null`, a FIFO) is written in place: there is no file
 * to lose, and renaming over it would replace the device with a file. After a write, temporary files that
 * killed runs left for the same target are removed.
 */
export async function writeOutput(path: string, data: string | Uint8Array | Producer, force: boolean, inputs: readonly string[] = []): Promise<void> {
  // Synchronous calls: one file written by a command-line run gains nothing from the event loop, and
  // node:fs/promises would cost every run its loading time (~10 ms), also the runs that print to stdout.
  const input = inputAt(path, inputs);
  if (input !== undefined) throw new OutputError('input', path, input);
  const existing = lstatOrNull(path);
  if (existing?.isDirectory()) throw new OutputError('failed', path, 'EISDIR');
  if (isStream(path)) return writeInPlace(path, data);
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
  removeStaleTemps(path);
}

/** Whether the path (after symlinks) is a character device, a FIFO or a socket: something written to, not replaced. */
function isStream(path: string): boolean {
  try {
    const s = statSync(path);
    return s.isCharacterDevice() || s.isFIFO() || s.isSocket();
  } catch {
    return false;
  }
}

function writeInPlace(path: string, data: string | Uint8Array | Producer): void {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (e) {
    throw new OutputError('failed', path, errnoCode(e));
  }
  try {
    if (typeof data === 'function') data((chunk) => writeFileSync(fd, chunk));
    else writeFileSync(fd, data);
  } catch (e) {
    throw new OutputError('failed', path, errnoCode(e));
  } finally {
    closeSync(fd);
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
export function lstatOrNull(path: string): Stats | null {
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

export function errnoCode(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ?? err.message;
}

/**
 * The temporary name beside `path` for this process: `.NAME.PID-RANDOM.tmp`. The process id tells, later,
 * whether the run that made it still runs.
 */
export function tempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${nodeCrypto().randomBytes(6).toString('hex')}.tmp`);
}

/** Temporary files for `path` whose run is gone (killed midway): nothing will ever rename them. */
export function removeStaleTemps(path: string): void {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)-[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length));
    if (m && Number(m[1]) !== process.pid && !running(Number(m[1]))) rmSync(join(dirname(path), name), { recursive: true, force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return errnoCode(e) === 'EPERM';
  }
}

/**
 * Opens a new temporary file beside the target (see tempName). It is opened with O_EXCL ('wx'), so a name
 * someone else took is never followed or overwritten: another name is drawn instead. node:crypto is
 * required here, when a file is written, not on every run (~9 ms).
 */
function openTemp(path: string): { tmp: string; fd: number } {
  for (let attempt = 1; ; attempt++) {
    const tmp = tempName(path);
    try {
      return { tmp, fd: openSync(tmp, 'wx') };
    } catch (e) {
      if (errnoCode(e) !== 'EEXIST' || attempt === 5) throw e;
    }
  }
}
