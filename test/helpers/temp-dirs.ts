import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A temporary root for one test file, removed after its tests, and fresh numbered folders inside it,
 * each optionally holding the given files (name, text).
 */
export function tempDirs(prefix: string): { root: string; fresh: (files?: ReadonlyArray<readonly [string, string]>) => string } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  const fresh = (files: ReadonlyArray<readonly [string, string]> = []): string => {
    const dir = join(root, String(n++));
    mkdirSync(dir);
    for (const [name, text] of files) writeFileSync(join(dir, name), text);
    return dir;
  };
  return { root, fresh };
}
