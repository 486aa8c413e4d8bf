import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { BudgetLines } from '../model/budget-lines.js';
import type { Project } from '../model/dataset.js';
import { findingAt, type Finding } from '../model/finding.js';
import { readBudgetTable, type BudgetOptions, type BudgetTableData } from './budget-table.js';
import { parseCsvBytes } from '../formats/csv.js';
import { unknownLayout } from './unknown-layout.js';
import { InputError } from '../formats/input-error.js';
import { bufferChunks, NotUtf8, readLongCsv, type ChunkSource, type Progress } from './long-csv.js';
import { readCsvBytes, type TableSource } from './table-source.js';
import { fileProblem } from '../formats/input-error.js';

type Options = BudgetOptions;

/**
 * The dataset's budget, however it is given. A CSV in the long layout is read straight from its bytes in
 * chunks (a national file has 440,000 lines: no strings, no objects per line). A CSV that is not UTF-8
 * (CP949, UTF-16) is decoded whole first, then read the same way. Any other CSV, and every workbook sheet,
 * is read as a text table in whichever layout its header shows, except a workbook's long-layout budget
 * sheet, which is streamed from the zip (load/long-sheet.ts) for the same reason.
 */
export async function readBudget(source: TableSource, opts: Options, problems: Finding[], fallback: Project, onProgress?: Progress): Promise<BudgetTableData> {
  const csv = source.budgetCsv();
  const long = (chunks: ChunkSource, file: string) => readLongCsv(chunks, file, { ...opts, scale: BudgetLines.scaleFor(opts.unit) }, problems, fallback, onProgress);
  let raw;
  if (csv) {
    let fast;
    try {
      fast = withFile(csv.path, csv.file, (chunks) => long(chunks, csv.file));
    } catch (e) {
      if (!(e instanceof NotUtf8)) throw e;
    }
    if (fast) return fast;
    // Not UTF-8, not the long layout, or nothing in it: the whole file, with every check a CSV gets.
    const bytes = readCsvBytes(csv.path, csv.file);
    const decoded = long(bufferChunks(bytes), csv.file);
    if (decoded) return decoded;
    raw = parseCsvBytes(bytes, csv.file);
  } else {
    const streamed = source.budgetSheet?.();
    if (streamed) {
      const { readLongSheet } = await import('./long-sheet.js');
      return readLongSheet(streamed.bytes, streamed.sheet, opts, problems, fallback, onProgress);
    }
    raw = (await source.singleTable()) ?? (await source.part('budgets'));
  }
  const file = basename(source.path);
  if (!raw) throw new InputError([findingAt('no-budget', 'error', { file }, { file })]);
  const budget = readBudgetTable(raw, opts, problems, fallback);
  if (!budget) throw new InputError([...problems, unknownLayout(raw, opts.words)]);
  return budget;
}

/** Opens a file as a chunk source for the duration of `use`. */
function withFile<T>(path: string, file: string, use: (chunks: ChunkSource) => T): T {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw fileProblem(file, e);
  }
  try {
    let position = 0;
    const chunks: ChunkSource = {
      size: fstatSync(fd).size,
      read(into, offset, length) {
        const n = readSync(fd, into, offset, length, position);
        position += n;
        return n;
      },
    };
    return use(chunks);
  } finally {
    closeSync(fd);
  }
}
