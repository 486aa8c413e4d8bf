import { appendFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../render/problems.js';
import { renderProblemsGithub } from '../render/validate-github.js';
import { renderValidateJson } from '../render/validate-json.js';
import { renderProblemsJunit, type JunitRun } from '../render/validate-junit.js';
import { renderValidateMarkdown } from '../render/validate-markdown.js';
import { OutputError } from '../render/write-output.js';
import { emit, failure, type GlobalOptions, type Io } from './common.js';

/** The machine formats of validate: what stops a run is reported in them too, not only on stderr. */
export type CiFormat = 'json' | 'github' | 'junit';

export interface CiTarget {
  format: CiFormat;
  output?: string;
  force: boolean;
}

/**
 * The problems that stopped validate (unreadable input, a usage mistake, a failed write) in its chosen
 * format: `::error` lines, a JUnit file with a failing testcase each (to -o when given, even though the
 * run exits 2), or JSON with a `problems` array. When -o cannot be written, the report goes to stdout.
 * With GITHUB_STEP_SUMMARY set, github also appends them to the job summary.
 */
export async function reportProblems(problems: Problem[], target: CiTarget, io: Io, global: GlobalOptions, run: { started: number; dataPath?: string }): Promise<void> {
  // When the output itself failed, the report goes to standard output instead.
  const to = problems.some((p) => p.code.startsWith('output-')) ? { ...target, output: undefined } : target;
  if (target.format === 'json') {
    await emitOrStdout(renderValidateJson([], [], global.lang, problems), to, io, global);
    return;
  }
  // For CI, files as the repository knows them: a dataset's file under the dataset, an output file as typed.
  const pathOf = (p: Problem) => workspacePath(io.env, p.code.startsWith('output-') || run.dataPath === undefined ? p.file! : dataFile(run.dataPath, p.file!));
  if (target.format === 'github') {
    io.stdout(renderProblemsGithub(problems, pathOf));
    stepSummary(io, renderValidateMarkdown([], [], problems, global.lang));
    return;
  }
  await emitOrStdout(renderProblemsJunit(problems, junitRun(run.started, (file) => file), pathOf), to, io, global);
}

/** To -o when given and writable (else, saying so, to standard output); without -o to standard output. */
async function emitOrStdout(text: string, target: { output?: string | undefined; force: boolean }, io: Io, global: GlobalOptions): Promise<void> {
  try {
    await emit(text, target.output, target.force, io, global);
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    failure(e, global.lang, io, false);
    io.stdout(text);
  }
}

/** When, where and how long, for JUnit. */
export function junitRun(started: number, pathOf: (file: string) => string, now: Date = new Date()): JunitRun {
  return { timestamp: now.toISOString().slice(0, 19), hostname: hostname() || 'localhost', seconds: ((now.getTime() - started) / 1000).toFixed(3), pathOf };
}

/** A finding's file (relative to the dataset) as a path: the dataset itself when it is that one file. */
export function dataFile(dataPath: string, file: string): string {
  return basename(dataPath) === file ? dataPath : join(dataPath, file);
}

/**
 * A path as the repository knows it: relative to GITHUB_WORKSPACE when it lies inside it (so an annotation
 * attaches to the file in a pull request), else as given.
 */
export function workspacePath(env: NodeJS.ProcessEnv, path: string): string {
  const workspace = env.GITHUB_WORKSPACE;
  if (!workspace) return path;
  const rel = relative(resolve(workspace), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}

/** Appends Markdown to the job summary when GitHub Actions gives one (GITHUB_STEP_SUMMARY). */
export function stepSummary(io: Io, markdown: string): void {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown);
}
