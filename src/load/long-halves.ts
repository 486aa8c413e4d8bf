import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BudgetLines } from '../model/budget-lines.js';
import type { Project } from '../model/dataset.js';
import type { Finding } from '../model/finding.js';
import { CHUNK, LongCsvReader, type ChunkSource, type LongStart, type Progress, type ReadPart } from './long-bytes.js';
import { fileProblem } from './table-source.js';
import { workerThreads } from '../vendor/lazy-modules.js';

/**
 * Reading a large long-layout CSV on two cores: this thread reads the first half while a worker thread
 * reads the second, then takes in the worker's lines as if it had read on (LongCsvReader.absorb). Both run
 * the same reader; the worker's part is used only when it is exactly what one reader would have read:
 *  - the second half starts after a line break, and this thread's half must end on that record boundary
 *    (a line break inside a quoted field would not be one);
 *  - the worker met no problem at all (it could not name rows in file order): otherwise this thread reads
 *    the second half itself, and every problem is found and located as usual.
 * Rows are numbered by this thread's record count, labels mapped in order of first appearance, so lines,
 * projects and findings are those of a one-thread read. Only the bundled program starts workers (the
 * worker runs the same bundle); under tests the source runs on one thread.
 */

/** Smaller files are read on one thread: a worker takes ~30 ms to start. */
const MIN_SPLIT_BYTES = 8 << 20;

/** This thread's share of the file: a little over half, as the worker starts later (measured on the national file). */
const MAIN_SHARE = 0.55;

/** Set by the build (scripts/build.mjs): this code runs from the bundle, which a worker can load. */
declare const __JOBS_REPORT_BUNDLE__: boolean | undefined;
const bundled = typeof __JOBS_REPORT_BUNDLE__ !== 'undefined' && __JOBS_REPORT_BUNDLE__;

type LongOptions = ConstructorParameters<typeof LongCsvReader>[2];

interface HalfTask {
  path: string;
  file: string;
  opts: LongOptions;
  defaultProject: Project;
  start: LongStart;
  from: number;
}

type HalfResult = { ok: true; part: ReadPart } | { ok: false };

/** Reads a long-layout CSV file, on two threads when it is large; undefined when it is not the long layout. */
export async function readLongFile(
  path: string,
  file: string,
  opts: LongOptions,
  problems: Finding[],
  defaultProject: Project,
  read: { onProgress?: Progress; threads?: number; threadsUsed?: number },
): Promise<{ lines: BudgetLines; projects: Project[] } | undefined> {
  const fd = openFile(path, file);
  let worker: ReturnType<typeof startHalf> | undefined;
  try {
    const size = fstatSync(fd).size;
    const reader = new LongCsvReader(fileChunks(fd, 0, size), file, opts, defaultProject, read.onProgress);
    // The header first (it is in the first chunk): the worker needs it.
    if (!reader.scan(Math.min(CHUNK, size))) return undefined;
    const start = reader.start;
    const split = bundled && (read.threads ?? 2) > 1 && start && size >= MIN_SPLIT_BYTES ? lineStartAfter(fd, Math.floor(size * MAIN_SHARE), size) : undefined;
    if (split !== undefined && split > reader.bytesRead) worker = startHalf({ path, file, opts, defaultProject, start: start!, from: split });
    reader.scan(worker ? split : Infinity);
    if (worker) {
      const result = reader.atRecordBoundary() ? await worker.result : { ok: false as const };
      if (result.ok && result.part.clean) {
        reader.absorb(result.part);
        read.threadsUsed = 2;
      } else reader.scan();
    }
    return reader.finish(problems);
  } finally {
    // Also when this thread's half failed (bytes not UTF-8, a broken quote): the worker's work is moot.
    void worker?.stop();
    closeSync(fd);
  }
}

/** The worker thread's side (load/half-worker.ts): reads its half and posts the result (transferring the line arrays). */
export function runHalfWorker(): void {
  const { parentPort, workerData } = workerThreads();
  const task = workerData as HalfTask;
  let result: HalfResult;
  const fd = openSync(task.path, 'r');
  try {
    const size = fstatSync(fd).size;
    const reader = new LongCsvReader(fileChunks(fd, task.from, size), task.file, task.opts, task.defaultProject, undefined, task.start);
    reader.scan();
    result = { ok: true, part: reader.exportPart() };
  } catch {
    // Whatever it is (bytes that are not UTF-8, a broken quote), the main thread meets it again and says so.
    result = { ok: false };
  } finally {
    closeSync(fd);
  }
  const lines = result.ok ? result.part.decoded.lines : undefined;
  const transfer = lines ? [lines.org, lines.project, lines.source, lines.year, lines.units, lines.row, lines.column].map((a) => a.buffer as ArrayBuffer) : [];
  parentPort!.postMessage(result, transfer);
}

function startHalf(task: HalfTask): { result: Promise<HalfResult>; stop: () => Promise<number> } {
  // A small bundle of its own beside the program's (scripts/build.mjs): the reader without the rest.
  const worker = new (workerThreads().Worker)(join(dirname(fileURLToPath(import.meta.url)), 'half-worker.cjs'), { workerData: task });
  const result = new Promise<HalfResult>((resolve) => {
    worker.once('message', (m: HalfResult) => resolve(m));
    worker.once('error', () => resolve({ ok: false }));
    worker.once('exit', () => resolve({ ok: false }));
  });
  return { result, stop: () => worker.terminate() };
}

/** The offset just after the first line break at or after `from`, or undefined if there is none before the end. */
function lineStartAfter(fd: number, from: number, size: number): number | undefined {
  const window = Buffer.allocUnsafe(64 * 1024);
  for (let pos = from; pos < size; pos += window.length) {
    const n = readSync(fd, window, 0, window.length, pos);
    const i = window.subarray(0, n).indexOf(0x0a);
    if (i >= 0) return pos + i + 1 < size ? pos + i + 1 : undefined;
  }
  return undefined;
}

function fileChunks(fd: number, from: number, size: number): ChunkSource {
  let position = from;
  return {
    size: size - from,
    read(into, offset, length) {
      const n = readSync(fd, into, offset, length, position);
      position += n;
      return n;
    },
  };
}

function openFile(path: string, file: string): number {
  try {
    return openSync(path, 'r');
  } catch (e) {
    throw fileProblem(file, e);
  }
}
