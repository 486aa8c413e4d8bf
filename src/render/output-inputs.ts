import { statSync, type Stats } from 'node:fs';

/**
 * The input an output path would overwrite, if any: the same file however it is named — through `.`,
 * `..`, a symlink or a hard link — is the same device and inode. `inputs` are the files the run read (a
 * dataset folder's tables, one by one). A path that does not exist yet is no input.
 */
export function inputAt(output: string, inputs: readonly string[]): string | undefined {
  const target = statOrNull(output);
  if (!target || target.isDirectory()) return undefined;
  return inputs.find((input) => {
    const s = statOrNull(input);
    return s !== null && s.dev === target.dev && s.ino === target.ino;
  });
}

/** Follows symlinks: the file a name finally reaches. */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
