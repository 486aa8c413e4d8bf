import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeOs } from '../vendor/lazy-modules.js';
import type { Io } from './common.js';

/** The name standard input's table has in messages (`stdin.csv D7: …`) and as the dataset's name. */
const STDIN_NAME = 'stdin.csv';

/** Folders made for standard input during this run, removed by removeStdinFiles when the command ends. */
const made: string[] = [];

/**
 * Standard input (`--data -`) saved as `stdin.csv` in a fresh temporary folder: the readers take a path, and
 * one CSV is read as one budget table in either layout, exactly as the same file would be.
 */
export async function stdinFile(io: Io): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin?.() ?? []) chunks.push(Buffer.from(chunk));
  const dir = mkdtempSync(join(nodeOs().tmpdir(), 'jobs-report-'));
  made.push(dir);
  const path = join(dir, STDIN_NAME);
  writeFileSync(path, Buffer.concat(chunks));
  return path;
}

export function removeStdinFiles(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
