import { link, lstat, open, rename, unlink } from 'node:fs/promises';
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
  const existing = await lstat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new OutputError('failed', path, 'EISDIR');
  if (existing && !force) throw new OutputError('exists', path, 'EEXIST');
  const tmp = join(dirname(path), `.${basename(path)}.${tempSuffix()}.tmp`);
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new OutputError('failed', path, errnoCode(e));
  }
  try {
    if (force) await rename(tmp, path);
    else await placeNew(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const code = errnoCode(e);
    throw new OutputError(code === 'EEXIST' ? 'exists' : 'failed', path, code);
  }
}

/** Hard links are missing on some file systems (FAT/exFAT USB sticks): there, a fresh check and a rename. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

async function placeNew(tmp: string, path: string): Promise<void> {
  try {
    await link(tmp, path);
  } catch (e) {
    if (!NO_LINKS.has(errnoCode(e))) throw e;
    if (await lstat(path).then(() => true, () => false)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    await rename(tmp, path);
    return;
  }
  await unlink(tmp);
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
