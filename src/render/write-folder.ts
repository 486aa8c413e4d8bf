import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { errnoCode, lstatOrNull, OutputError, removeStaleTemps, tempName } from './write-output.js';

/**
 * Writes several files into `folder`, all or nothing: every file is written and flushed into a temporary
 * folder beside it first, so a failure there (disk full, a name that cannot be made) leaves the target as
 * it was. A new folder then takes its name in one rename; into an existing folder the files are moved one
 * by one, and if a move fails the error lists exactly the files moved in. Without `force` a file that is
 * already there refuses the whole write.
 */
export function writeFolder(folder: string, files: ReadonlyMap<string, Uint8Array>, force: boolean): void {
  const targets = [...files.keys()].map((rel) => [rel, join(folder, rel)] as const);
  for (const [, path] of targets) {
    const existing = lstatOrNull(path);
    if (existing?.isDirectory()) throw new OutputError('failed', path, 'EISDIR');
    if (existing && !force) throw new OutputError('exists', path, 'EEXIST');
  }
  const tmp = tempName(folder);
  try {
    mkdirSync(tmp);
    for (const [rel, data] of files) writeFlushed(join(tmp, rel), data);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw new OutputError('failed', folder, errnoCode(e));
  }
  const folderThere = lstatOrNull(folder);
  if (!folderThere) {
    try {
      renameSync(tmp, folder);
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      throw new OutputError('failed', folder, errnoCode(e));
    }
  } else {
    moveIn(tmp, folder, targets);
  }
  removeStaleTemps(folder);
}

function writeFlushed(path: string, data: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'wx');
  try {
    writeFileSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function moveIn(tmp: string, folder: string, targets: readonly (readonly [string, string])[]): void {
  const moved: string[] = [];
  try {
    for (const [rel, path] of targets) {
      mkdirSync(dirname(path), { recursive: true });
      renameSync(join(tmp, rel), path);
      moved.push(rel);
    }
  } catch (e) {
    throw new OutputError(moved.length === 0 ? 'failed' : 'partial', folder, errnoCode(e), moved);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
