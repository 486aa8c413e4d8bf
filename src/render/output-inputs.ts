import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** Files looked at inside an input folder before the search stops (a dataset folder holds a dozen). */
const MAX_FILES = 10_000;
const MAX_DEPTH = 4;

/**
 * The input an output path would overwrite, if any: the same file however it is named — through `.`,
 * `..`, a symlink or a hard link — is the same device and inode. An input folder (a dataset) counts with
 * every file under it. A path that does not exist yet is no input.
 */
export function inputAt(output: string, inputs: readonly string[]): string | undefined {
  const target = statOrNull(output);
  if (!target || target.isDirectory()) return undefined;
  for (const input of inputs) {
    const s = statOrNull(input);
    if (!s) continue;
    if (s.isDirectory() ? folderHolds(input, target, { seen: 0 }, 0) : same(s, target)) return input;
  }
  return undefined;
}

function folderHolds(dir: string, target: Stats, budget: { seen: number }, depth: number): boolean {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  for (const name of names) {
    if (++budget.seen > MAX_FILES) return false;
    const path = join(dir, name);
    const s = statOrNull(path);
    if (!s) continue;
    if (s.isDirectory() ? depth < MAX_DEPTH && folderHolds(path, target, budget, depth + 1) : same(s, target)) return true;
  }
  return false;
}

const same = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

/** Follows symlinks: the file a name finally reaches. */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
