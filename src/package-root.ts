import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed package's folder: the first parent of this module that holds package.json. The code
 * runs both from src/ (tests) and bundled in dist/, so a fixed relative path would be wrong in one of them.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('jobs-report: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}
